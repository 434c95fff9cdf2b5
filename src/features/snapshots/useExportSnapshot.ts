import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { MAX_SNAPSHOT_BYTES } from '../../domain';
import { formatNumber, isolate } from '../../i18n';
import { todayIsoDate, useStorageErrorMessage } from '../../data';
import { useUiStore } from '../../state/uiStore';
import { downloadFile } from './downloadFile';
import { formatMegabytes } from './fileSizes';
import { useSnapshotTasks } from './useSnapshotTasks';

/** Downloads the current state as a snapshot file and remembers when, for the reminder. */
export function useExportSnapshot() {
  const tasks = useSnapshotTasks();
  const { t, i18n } = useTranslation();
  const describeError = useStorageErrorMessage();
  const showToast = useUiStore((state) => state.showToast);
  return useMutation({
    mutationFn: async (label: string) => {
      const now = new Date();
      const { fileName, file, omittedHistory } = await tasks.exportFile({
        label: label.trim(),
        exportedAt: now.toISOString(),
        today: todayIsoDate(now),
      });
      downloadFile(fileName, file);
      return { fileName, omittedHistory };
    },
    onSuccess: ({ fileName, omittedHistory }) =>
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
      ),
    onError: (error) => showToast({ kind: 'error', message: t('snapshots.export.failed', { reason: describeError(error) }) }),
  });
}
