import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  checkSnapshotFile,
  checkSnapshotText,
  compareTrackers,
  trackerDataOf,
  type Snapshot,
  type SnapshotCheck,
  type SnapshotIssue,
  type SnapshotSource,
  type TrackerComparison,
} from '../../domain';
import { readTracker, replaceTrackerWithBackup } from '../../db';
import { useDatabase, useStorageErrorMessage } from '../../data';
import { formatDateTime } from './formatDateTime';
import { useUiStore } from '../../state/uiStore';
import { snapshotMetaNow } from './snapshotMeta';

export type ImportState =
  | { step: 'idle' }
  | { step: 'checking'; sourceName: string }
  | { step: 'refused'; sourceName: string; issues: SnapshotIssue[] }
  | { step: 'preview'; sourceName: string; snapshot: Snapshot; upgradedFrom: number | null; comparison: TrackerComparison };

/**
 * Import and restore share one path: check the file, show what would change, and only on
 * confirmation back up the current state and replace it, in one transaction.
 */
export function useImportFlow() {
  const db = useDatabase();
  const { t, i18n } = useTranslation();
  const describeError = useStorageErrorMessage();
  const showToast = useUiStore((state) => state.showToast);
  const [state, setState] = useState<ImportState>({ step: 'idle' });

  const present = async (sourceName: string, check: SnapshotCheck) => {
    if (!check.ok) {
      setState({ step: 'refused', sourceName, issues: check.issues });
      return;
    }
    const comparison = compareTrackers(await readTracker(db), trackerDataOf(check.snapshot));
    setState({ step: 'preview', sourceName, snapshot: check.snapshot, upgradedFrom: check.upgradedFrom, comparison });
  };

  const checkFile = async (file: SnapshotSource & { name: string }) => {
    setState({ step: 'checking', sourceName: file.name });
    await present(file.name, await checkSnapshotFile(file));
  };

  const checkStored = (name: string, content: string) => present(name, checkSnapshotText(content));

  const confirm = useMutation({
    mutationFn: async ({ snapshot }: { snapshot: Snapshot; sourceName: string }) => {
      const now = new Date();
      const backupName = t('snapshots.backupName', { date: formatDateTime(now.toISOString(), i18n.language) });
      await replaceTrackerWithBackup(db, trackerDataOf(snapshot), {
        id: crypto.randomUUID(),
        name: backupName,
        createdAt: now.toISOString(),
        meta: snapshotMetaNow(backupName, null, now),
      });
      return backupName;
    },
    onSuccess: (backup, { sourceName }) => {
      setState({ step: 'idle' });
      showToast({ kind: 'info', message: t('snapshots.import.done', { name: sourceName, backup }) });
    },
    onError: (error) => showToast({ kind: 'error', message: t('snapshots.import.failed', { reason: describeError(error) }) }),
  });

  return { state, checkFile, checkStored, confirm, cancel: () => setState({ step: 'idle' }) };
}
