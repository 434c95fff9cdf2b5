import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isolate } from '../../i18n';
import { deleteStoredSnapshot, renameStoredSnapshot } from '../../db';
import { queryKeys, todayIsoDate, useDatabase, useStorageErrorMessage } from '../../data';
import { useUiStore } from '../../state/uiStore';
import { useSnapshotTasks } from './useSnapshotTasks';
import type { SnapshotEntry } from './snapshotTasks';

export function useSnapshotErrorToast() {
  const { t } = useTranslation();
  const describeError = useStorageErrorMessage();
  const showToast = useUiStore((state) => state.showToast);
  return (error: unknown) => showToast({ kind: 'error', message: t('snapshots.list.failed', { reason: describeError(error) }) });
}

/** Saves the current state as a named snapshot in this browser. */
export function useSaveSnapshot() {
  const tasks = useSnapshotTasks();
  const { t } = useTranslation();
  const showToast = useUiStore((state) => state.showToast);
  const showError = useSnapshotErrorToast();
  return useMutation({
    mutationFn: (name: string) => {
      const now = new Date();
      return tasks.saveCurrent({ id: crypto.randomUUID(), name, createdAt: now.toISOString(), today: todayIsoDate(now) });
    },
    onSuccess: (_result, name) => showToast({ kind: 'info', message: t('snapshots.list.saved', { name: isolate(name) }) }),
    onError: showError,
  });
}

/** Applies a change to the cached list at once and puts it back if the write fails. */
function useOptimisticListChange<Input>(
  write: (input: Input) => Promise<void>,
  change: (entries: SnapshotEntry[], input: Input) => SnapshotEntry[],
  onDone?: (input: Input) => void,
) {
  const queryClient = useQueryClient();
  const showError = useSnapshotErrorToast();
  return useMutation({
    mutationFn: write,
    onMutate: async (input: Input) => {
      await queryClient.cancelQueries({ queryKey: queryKeys.snapshots });
      const previous = queryClient.getQueryData<SnapshotEntry[]>(queryKeys.snapshots);
      if (previous) queryClient.setQueryData(queryKeys.snapshots, change(previous, input));
      return { previous };
    },
    onError: (error, _input, context) => {
      if (context?.previous) queryClient.setQueryData(queryKeys.snapshots, context.previous);
      showError(error);
    },
    onSuccess: (_result, input) => onDone?.(input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.snapshots }),
  });
}

export function useRenameSnapshot() {
  const db = useDatabase();
  return useOptimisticListChange(
    ({ id, name }: { id: string; name: string }) => renameStoredSnapshot(db, id, name),
    (entries, { id, name }) => entries.map((entry) => (entry.id === id ? { ...entry, name } : entry)),
  );
}

export function useDeleteSnapshot() {
  const db = useDatabase();
  const { t } = useTranslation();
  const showToast = useUiStore((state) => state.showToast);
  return useOptimisticListChange(
    ({ id }: { id: string; name: string }) => deleteStoredSnapshot(db, id),
    (entries, { id }) => entries.filter((entry) => entry.id !== id),
    ({ name }) => showToast({ kind: 'info', message: t('snapshots.list.deleted', { name: isolate(name) }) }),
  );
}
