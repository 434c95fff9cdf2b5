import { useId, useState, type FormEvent } from 'react';
import { TeamSignInError, preloadTeamSyncCode, useSignInToTeam } from '../../data';
import { useTranslation } from '../../i18n';

/** Where `npm run sync-setup` puts the team database, behind the documented /couchdb/ proxy path. */
const SUGGESTED_ADDRESS = '/couchdb/action-line-tracker';

/** Signs in to the team database; a failure says what to do and keeps what was typed. */
export function TeamSignInForm() {
  const { t } = useTranslation();
  const id = useId();
  const [address, setAddress] = useState(SUGGESTED_ADDRESS);
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const signIn = useSignInToTeam();
  const failure = signIn.error instanceof TeamSignInError ? signIn.error.failure : signIn.error ? 'unexpected' : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate({ address, name, password }, { onSuccess: () => setPassword('') });
  };

  return (
    <form className="team-sync__form" onSubmit={submit} noValidate>
      <p>{t('teamSync.intro')}</p>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-address`}>
          {t('teamSync.addressLabel')}
        </label>
        <input
          id={`${id}-address`}
          value={address}
          inputMode="url"
          spellCheck={false}
          dir="ltr"
          aria-describedby={`${id}-address-help`}
          aria-invalid={failure !== null && ['empty', 'notAnAddress', 'credentials', 'otherOrigin', 'noDatabase', 'badDatabaseName', 'noTeamDatabase'].includes(failure)}
          onFocus={preloadTeamSyncCode}
          onChange={(event) => setAddress(event.target.value)}
        />
        <p id={`${id}-address-help`} className="field__help">
          {t('teamSync.addressHelp')}
        </p>
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-name`}>
          {t('teamSync.nameLabel')}
        </label>
        <input
          id={`${id}-name`}
          value={name}
          autoComplete="username"
          spellCheck={false}
          onFocus={preloadTeamSyncCode}
          onChange={(event) => setName(event.target.value)}
        />
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-password`}>
          {t('teamSync.passwordLabel')}
        </label>
        <input
          id={`${id}-password`}
          type="password"
          value={password}
          autoComplete="current-password"
          aria-describedby={`${id}-password-help`}
          onFocus={preloadTeamSyncCode}
          onChange={(event) => setPassword(event.target.value)}
        />
        <p id={`${id}-password-help`} className="field__help">
          {t('teamSync.passwordHelp')}
        </p>
      </div>
      <p className="team-sync__warning">{t('teamSync.joinWarning')}</p>
      {failure && (
        <p role="alert" className="field__error">
          {t(`teamSync.failures.${failure}`, { origin: window.location.origin })}
        </p>
      )}
      <div className="settings__actions">
        <button type="submit" className="button" disabled={signIn.isPending}>
          {t(signIn.isPending ? 'teamSync.signingIn' : 'teamSync.signIn')}
        </button>
      </div>
    </form>
  );
}
