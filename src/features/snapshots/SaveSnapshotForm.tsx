import { useId, useState, type FormEvent } from 'react';
import { MAX_SHORT_LENGTH } from '../../domain';
import { useSaveSnapshot } from '../../data';
import { isolate, useTranslation } from '../../i18n';
import { useUiStore } from '../../state/uiStore';
import { useSnapshotErrorToast } from './useSnapshotErrorToast';

/** A stored snapshot's name is its file's label, so it stops where the label's limit does. */
export const MAX_NAME_LENGTH = MAX_SHORT_LENGTH;

export function SaveSnapshotForm() {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const showToast = useUiStore((state) => state.showToast);
  const showError = useSnapshotErrorToast();
  const save = useSaveSnapshot({
    onSuccess: (_result, saved) => showToast({ kind: 'info', message: t('snapshots.list.saved', { name: isolate(saved) }) }),
    onError: showError,
  });
  const inputId = useId();
  const errorId = useId();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return setError(t('snapshots.list.nameRequired'));
    if (trimmed.length > MAX_NAME_LENGTH) return setError(t('snapshots.list.nameTooLong', { max: MAX_NAME_LENGTH }));
    setError(null);
    save.mutate(trimmed, { onSuccess: () => setName('') });
  };
  return (
    <form className="snapshots__form" onSubmit={onSubmit} noValidate>
      <div className="snapshots__field">
        <label htmlFor={inputId}>{t('snapshots.list.nameLabel')}</label>
        <input
          id={inputId}
          type="text"
          value={name}
          maxLength={MAX_NAME_LENGTH}
          aria-invalid={error !== null}
          aria-describedby={error ? errorId : undefined}
          onChange={(event) => setName(event.target.value)}
        />
        {error && (
          <p id={errorId} className="snapshots__field-error" role="alert">
            {error}
          </p>
        )}
      </div>
      <button type="submit" className="snapshots__button snapshots__button--primary" disabled={save.isPending}>
        {t('snapshots.list.save')}
      </button>
    </form>
  );
}
