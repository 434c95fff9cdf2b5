import { useState, type FormEvent } from 'react';
import { useRenameSnapshot, type SnapshotEntry } from '../../data';
import { isolate, useTranslation } from '../../i18n';
import { MAX_NAME_LENGTH } from './SaveSnapshotForm';
import { useListFailureMessage } from './useSnapshotErrorToast';

export function RenameSnapshotForm({ entry, onDone }: { entry: SnapshotEntry; onDone: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState(entry.name);
  const [error, setError] = useState<string | null>(null);
  const failureMessage = useListFailureMessage();
  const rename = useRenameSnapshot({ errorMessage: (_input, reason) => failureMessage(reason) });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return setError(t('snapshots.list.nameRequired'));
    if (trimmed.length > MAX_NAME_LENGTH) return setError(t('snapshots.list.nameTooLong', { max: MAX_NAME_LENGTH }));
    if (trimmed !== entry.name) rename.mutate({ id: entry.id, name: trimmed });
    onDone();
  };
  return (
    <form className="snapshots__rename" onSubmit={onSubmit} noValidate>
      {/* eslint-disable-next-line jsx-a11y/no-autofocus -- the user just asked to rename this row */}
      <input type="text" value={name} maxLength={MAX_NAME_LENGTH} autoFocus aria-label={t('snapshots.list.newName', { name: isolate(entry.name) })} aria-invalid={error !== null} onChange={(event) => setName(event.target.value)} />
      <button type="submit" className="snapshots__button">
        {t('snapshots.list.saveName')}
      </button>
      <button type="button" className="snapshots__button" onClick={onDone}>
        {t('snapshots.list.cancel')}
      </button>
      {error && (
        <p className="snapshots__field-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
