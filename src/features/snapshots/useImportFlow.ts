import { useRef, useState } from 'react';
import { formatDateTime, isolate, useTranslation } from '../../i18n';
import { issue, type SnapshotIssue, type SnapshotSource } from '../../domain';
import { useImportSnapshot, useSnapshotReads, useStorageErrorMessage, type ImportCheck, type ImportSnapshotInput, type ImportSummary } from '../../data';
import { useUiStore } from '../../state/uiStore';
import { useUndoStore } from '../../state/undoStore';

export type ImportState =
  | { step: 'idle' }
  | { step: 'checking'; sourceName: string }
  | { step: 'refused'; sourceName: string; issues: SnapshotIssue[] }
  | { step: 'preview'; sourceName: string; token: string; upgradedFrom: number | null; summary: ImportSummary };

/**
 * Import and restore share one path: check the file, show what would change, and only on
 * confirmation back up the current state and replace it, in one transaction.
 */
export function useImportFlow() {
  const reads = useSnapshotReads();
  const { t, i18n } = useTranslation();
  const describeError = useStorageErrorMessage();
  const showToast = useUiStore((state) => state.showToast);
  const clearUndo = useUndoStore((state) => state.clear);
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  // Counts the files chosen: only the check of the file chosen last may show its outcome.
  const chosen = useRef(0);

  const present = async (sourceName: string, checking: Promise<ImportCheck>) => {
    const turn = ++chosen.current;
    setState({ step: 'checking', sourceName });
    let check: ImportCheck;
    try {
      check = await checking;
    } catch {
      check = { ok: false, issues: [issue('unreadable')] };
    }
    if (turn !== chosen.current) return;
    if (!check.ok) {
      setState({ step: 'refused', sourceName, issues: check.issues });
      return;
    }
    setState({ step: 'preview', sourceName, token: check.token, upgradedFrom: check.upgradedFrom, summary: check.summary });
  };

  const checkFile = (file: SnapshotSource & { name: string }) => present(file.name, reads.checkFile(file));

  const checkStored = (id: string, name: string) => present(name, reads.checkStored(id));

  const replace = useImportSnapshot<ImportSnapshotInput & { sourceName: string }>({
    onSuccess: (_result, { token, sourceName, backupName }) => {
      // Undo restores values this tab wrote; after a replace there is nothing of them left to undo.
      clearUndo();
      // A file chosen while the replace ran keeps its own check.
      setState((current) => (current.step === 'preview' && current.token === token ? { step: 'idle' } : current));
      showToast({ kind: 'info', message: t('snapshots.import.done', { name: isolate(sourceName), backup: isolate(backupName) }) });
    },
    onError: (error) => showToast({ kind: 'error', message: t('snapshots.import.failed', { reason: describeError(error) }) }),
  });

  const confirm = (token: string, sourceName: string) => {
    const now = new Date();
    const backupName = t('snapshots.backupName', { date: formatDateTime(now.toISOString(), i18n.language) });
    replace.mutate({ token, sourceName, backupName, now });
  };

  return { state, checkFile, checkStored, confirm, isReplacing: replace.isPending, cancel: () => setState({ step: 'idle' }) };
}
