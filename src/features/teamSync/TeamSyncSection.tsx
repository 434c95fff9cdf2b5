import { useSignOutOfTeam, useTeamSyncSetting } from '../../data';
import { useTranslation } from '../../i18n';
import { SyncNoticeList } from './SyncNoticeList';
import { TeamSignedIn } from './TeamSignedIn';
import { TeamSignInForm } from './TeamSignInForm';

/** Settings' "Team sync": sign in to the team database, or see who is signed in and sign out. */
export function TeamSyncSection() {
  const { t } = useTranslation();
  const { data: setting } = useTeamSyncSetting();
  const signOut = useSignOutOfTeam();
  // Signing out removes the setting before it ends the session: until it is over, it says so.
  const leaving = signOut.isPending ? signOut.variables.setting : undefined;
  const signedIn = setting ?? leaving;
  return (
    <section className="settings__card" aria-labelledby="settings-team-sync">
      <h2 id="settings-team-sync">{t('teamSync.title')}</h2>
      {setting === null && !leaving && <TeamSignInForm />}
      {signedIn && <TeamSignedIn setting={signedIn} signOut={signOut} />}
      {signOut.isError && (
        <p role="alert" className="field__error">
          {t('teamSync.signOutFailed')}
        </p>
      )}
      <SyncNoticeList />
    </section>
  );
}
