import { useId, useState } from 'react';
import type { TeamSyncSetting, useSignOutOfTeam } from '../../data';
import { teamRoleOf } from '../../domain/teamRole';
import { IsolatedMessage, useTranslation } from '../../i18n';

interface TeamSignedInProps {
  setting: TeamSyncSetting;
  /** Owned by the section, which keeps this shown until signing out is over. */
  signOut: ReturnType<typeof useSignOutOfTeam>;
}

/** Who is signed in, with which role; signing out offers to remove this browser's copy. */
export function TeamSignedIn({ setting, signOut }: TeamSignedInProps) {
  const { t } = useTranslation();
  const id = useId();
  const [removeCopy, setRemoveCopy] = useState(false);
  const role = teamRoleOf(setting.roles) ?? 'reader';

  return (
    <div className="team-sync__signed-in">
      <p>
        <IsolatedMessage
          render={(placeholders) => t('teamSync.signedInAs', placeholders)}
          values={{ name: setting.user, role: t(`teamSync.roles.${role}`), address: setting.address }}
        />
      </p>
      <div className="team-sync__check">
        <input id={`${id}-remove`} type="checkbox" checked={removeCopy} aria-describedby={`${id}-remove-help`} onChange={(event) => setRemoveCopy(event.target.checked)} />
        <label htmlFor={`${id}-remove`}>{t('teamSync.removeCopy')}</label>
      </div>
      <p id={`${id}-remove-help`} className="field__help">
        {t('teamSync.removeCopyHelp')}
      </p>
      <div className="settings__actions">
        <button type="button" className="button button--secondary" disabled={signOut.isPending} onClick={() => signOut.mutate({ setting, removeLocalCopy: removeCopy })}>
          {t(signOut.isPending ? 'teamSync.signingOut' : 'teamSync.signOut')}
        </button>
      </div>
    </div>
  );
}
