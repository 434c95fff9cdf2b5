import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { serializeSnapshot, snapshotFileName } from '../../domain';
import { readTracker, recordExport } from '../../db';
import { useDatabase, useStorageErrorMessage } from '../../data';
import { useUiStore } from '../../state/uiStore';
import { downloadFile } from './downloadFile';
import { snapshotMetaNow } from './snapshotMeta';

/** Downloads the current state as a snapshot file and remembers when, for the reminder. */
export function useExportSnapshot() {
  const db = useDatabase();
  const { t } = useTranslation();
  const describeError = useStorageErrorMessage();
  const showToast = useUiStore((state) => state.showToast);
  return useMutation({
    mutationFn: async (label: string) => {
      const tracker = await readTracker(db);
      const meta = snapshotMetaNow(label.trim(), tracker.settings.reportingDate);
      const fileName = snapshotFileName(meta.reportingDate, meta.label);
      downloadFile(fileName, serializeSnapshot(tracker, meta), 'application/json');
      await recordExport(db, meta.exportedAt);
      return fileName;
    },
    onSuccess: (fileName) => showToast({ kind: 'info', message: t('snapshots.export.done', { fileName }) }),
    onError: (error) => showToast({ kind: 'error', message: t('snapshots.export.failed', { reason: describeError(error) }) }),
  });
}
