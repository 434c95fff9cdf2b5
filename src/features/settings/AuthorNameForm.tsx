import { useId, useState, type FormEvent } from 'react';
import { useSetAuthorName } from '../../data';
import { IsolatedMessage, useTranslation } from '../../i18n';

/** Longer names crowd the history list; a snapshot allows 200 characters. */
const MAX_NAME_LENGTH = 100;

/** "Your name": what changes are recorded under. Empty means "This browser", in the current language. */
export function AuthorNameForm({ storedName }: { storedName: string | null }) {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState(storedName ?? '');
  const setAuthorName = useSetAuthorName();
  const [saved, setSaved] = useState<string | null | undefined>(undefined);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    setSaved(undefined);
    setAuthorName.mutate(trimmed === '' ? null : trimmed, {
      onSuccess: () => {
        setName(trimmed);
        setSaved(trimmed === '' ? null : trimmed);
      },
    });
  };

  return (
    <form className="settings__author" onSubmit={submit} noValidate>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-name`}>
          {t('settings.authorLabel')}
        </label>
        <input
          id={`${id}-name`}
          value={name}
          maxLength={MAX_NAME_LENGTH}
          autoComplete="name"
          placeholder={t('settings.thisBrowser')}
          aria-describedby={`${id}-help`}
          onChange={(event) => setName(event.target.value)}
        />
        <p id={`${id}-help`} className="field__help">
          {t('settings.authorHelp')}
        </p>
      </div>
      <div className="settings__actions">
        <button type="submit" className="button" disabled={setAuthorName.isPending}>
          {t('settings.authorSave')}
        </button>
      </div>
      <p role="status" className="settings__answer">
        {saved === null && t('settings.authorCleared')}
        {typeof saved === 'string' && <IsolatedMessage render={(placeholders) => t('settings.authorSaved', placeholders)} values={{ name: saved }} />}
      </p>
      {setAuthorName.isError && (
        <p role="alert" className="field__error">
          {t('settings.authorFailed')}
        </p>
      )}
    </form>
  );
}
