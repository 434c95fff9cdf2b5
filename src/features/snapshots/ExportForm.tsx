import { useId, useState, type FormEvent } from 'react';
import { MAX_SHORT_LENGTH, MAX_SNAPSHOT_BYTES } from '../../domain';
import { useExportSnapshot, useStorageErrorMessage } from '../../data';
import { formatNumber, isolate, useTranslation } from '../../i18n';
import { useUiStore } from '../../state/uiStore';
import { downloadFile } from '../../ui/downloadFile';
import { formatMegabytes } from './fileSizes';

export function ExportForm() {
  const { t, i18n } = useTranslation();
  const [label, setLabel] = useState('');
  const describeError = useStorageErrorMessage();
  const showToast = useUiStore((state) => state.showToast);
  const exportSnapshot = useExportSnapshot({
    onSuccess: ({ fileName, file, omittedHistory }) => {
      downloadFile(fileName, file);
      showToast(
        omittedHistory === 0
          ? { kind: 'info', message: t('snapshots.export.done', { fileName: isolate(fileName) }) }
          : {
              kind: 'info',
              // Beyond the largest realistic tracker only; it stays until dismissed, as it matters.
              isSticky: true,
              message: t('snapshots.export.doneWithoutOldHistory', {
                fileName: isolate(fileName),
                omitted: formatNumber(omittedHistory, i18n.language),
                limit: formatMegabytes(MAX_SNAPSHOT_BYTES, i18n.language),
              }),
            },
      );
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
        <input id={labelId} type="text" value={label} maxLength={MAX_SHORT_LENGTH} aria-describedby={hintId} onChange={(event) => setLabel(event.target.value)} />
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
