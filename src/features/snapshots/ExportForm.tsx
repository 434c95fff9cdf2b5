import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useExportSnapshot, useStorageErrorMessage } from '../../data';
import { isolate } from '../../i18n';
import { useUiStore } from '../../state/uiStore';
import { downloadFile } from './downloadFile';

export function ExportForm() {
  const { t } = useTranslation();
  const [label, setLabel] = useState('');
  const describeError = useStorageErrorMessage();
  const showToast = useUiStore((state) => state.showToast);
  const exportSnapshot = useExportSnapshot({
    onSuccess: ({ fileName, file, omittedHistory }) => {
      downloadFile(fileName, file);
      showToast({
        kind: 'info',
        message:
          omittedHistory === 0
            ? t('snapshots.export.done', { fileName: isolate(fileName) })
            : t('snapshots.export.doneWithoutOldHistory', { fileName: isolate(fileName), omitted: omittedHistory }),
      });
    },
    onError: (error) => showToast({ kind: 'error', message: t('snapshots.export.failed', { reason: describeError(error) }) }),
  });
  const labelId = useId();
  const hintId = useId();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    exportSnapshot.mutate(label);
  };
  return (
    <form className="snapshots__form" onSubmit={onSubmit}>
      <div className="snapshots__field">
        <label htmlFor={labelId}>{t('snapshots.export.label')}</label>
        <input id={labelId} type="text" value={label} maxLength={200} aria-describedby={hintId} onChange={(event) => setLabel(event.target.value)} />
        <p id={hintId} className="snapshots__hint">
          {t('snapshots.export.labelHint')}
        </p>
      </div>
      <button type="submit" className="snapshots__button snapshots__button--primary" disabled={exportSnapshot.isPending}>
        {t('snapshots.export.button')}
      </button>
    </form>
  );
}
