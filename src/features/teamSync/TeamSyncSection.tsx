import { useTeamSyncSetting } from '../../data';
import { useTranslation } from '../../i18n';
import { SyncNoticeList } from './SyncNoticeList';
import { TeamSignedIn } from './TeamSignedIn';
import { TeamSignInForm } from './TeamSignInForm';

/** Settings' "Team sync": sign in to the team database, or see who is signed in and sign out. */
export function TeamSyncSection() {
  const { t } = useTranslation();
  const { data: setting } = useTeamSyncSetting();
  return (
    <section className="settings__card" aria-labelledby="settings-team-sync">
      <h2 id="settings-team-sync">{t('teamSync.title')}</h2>
      {setting === null && <TeamSignInForm />}
      {setting && <TeamSignedIn setting={setting} />}
      <SyncNoticeList />
    </section>
  );
}
