import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isolate } from '../../i18n';
import { todayIsoDate, useStorageErrorMessage } from '../../data';
import { useUiStore } from '../../state/uiStore';
import { downloadFile } from './downloadFile';
import { useSnapshotTasks } from './useSnapshotTasks';

/** Downloads the current state as a snapshot file and remembers when, for the reminder. */
export function useExportSnapshot() {
  const tasks = useSnapshotTasks();
  const { t } = useTranslation();
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
      showToast({
        kind: 'info',
        message:
          omittedHistory === 0
            ? t('snapshots.export.done', { fileName: isolate(fileName) })
            : t('snapshots.export.doneWithoutOldHistory', { fileName: isolate(fileName), omitted: omittedHistory }),
      }),
    onError: (error) => showToast({ kind: 'error', message: t('snapshots.export.failed', { reason: describeError(error) }) }),
  });
}
