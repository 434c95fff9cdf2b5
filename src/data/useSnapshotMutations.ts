import { useMutation, type UseMutationOptions } from '@tanstack/react-query';
import { APP_VERSION, ulid } from '../domain';
import { deleteStoredSnapshot, renameStoredSnapshot } from '../db';
import { useDatabase } from './DatabaseContext';
import { queryKeys } from './queryKeys';
import type { ExportedFile, SnapshotEntry } from './snapshotTasks';
import { useSnapshotTasks } from './useSnapshotQueries';
import { useOptimisticMutation, type OptimisticMutationOptions } from './useOptimisticMutation';
import { todayIsoDate } from './useToday';

/** What the view does when a write lands or fails; the hooks below only write. */
type Reactions<TResult, TInput> = Pick<UseMutationOptions<TResult, Error, TInput>, 'onSuccess' | 'onError'>;
type ListReactions<TInput> = Pick<OptimisticMutationOptions<unknown, TInput>, 'errorMessage' | 'onSaved'>;

/** Stores the current state as a named snapshot in this browser. */
export function useSaveSnapshot(reactions: Reactions<void, string>) {
  const tasks = useSnapshotTasks();
  return useMutation({
    mutationFn: (name: string) => {
      const now = new Date();
      return tasks.saveCurrent({ id: ulid(), name, createdAt: now.toISOString(), today: todayIsoDate(now) });
    },
    ...reactions,
  });
}

/** A stored snapshot: its id, and its name (the new one, for a rename). */
export interface SnapshotRef {
  id: string;
  name: string;
}

export function useRenameSnapshot(reactions: ListReactions<SnapshotRef>) {
  const db = useDatabase();
  return useOptimisticMutation({
    queryKey: queryKeys.snapshots,
    write: ({ id, name }: SnapshotRef) => renameStoredSnapshot(db, id, name),
    applyToCache: (entries: SnapshotEntry[], { id, name }) => entries.map((entry) => (entry.id === id ? { ...entry, name } : entry)),
    ...reactions,
  });
}

export function useDeleteSnapshot(reactions: ListReactions<SnapshotRef>) {
  const db = useDatabase();
  return useOptimisticMutation({
    queryKey: queryKeys.snapshots,
    write: ({ id }: SnapshotRef) => deleteStoredSnapshot(db, id),
    applyToCache: (entries: SnapshotEntry[], { id }) => entries.filter((entry) => entry.id !== id),
    ...reactions,
  });
}

export interface ImportSnapshotInput {
  /** The token of the file or stored snapshot checked last (SnapshotReads). */
  token: string;
  backupName: string;
  now: Date;
}

/** Stores the current state as an automatic backup and replaces it with the checked file, in one transaction. */
export function useImportSnapshot<TInput extends ImportSnapshotInput>(reactions: Reactions<void, TInput>) {
  const tasks = useSnapshotTasks();
  return useMutation({
    mutationFn: ({ token, backupName, now }: TInput) =>
      tasks.replace(token, {
        id: ulid(),
        name: backupName,
        createdAt: now.toISOString(),
        // The stored reporting date, when set, takes the place of today's (replaceTrackerWithBackup).
        meta: { exportedAt: now.toISOString(), reportingDate: todayIsoDate(now), label: backupName, appVersion: APP_VERSION },
      }),
    ...reactions,
  });
}

/** The current state as a snapshot file; remembers when, for the backup reminder. */
export function useExportSnapshot(reactions: Reactions<ExportedFile, string>) {
  const tasks = useSnapshotTasks();
  return useMutation({
    mutationFn: (label: string) => {
      const now = new Date();
      return tasks.exportFile({ label: label.trim(), exportedAt: now.toISOString(), today: todayIsoDate(now) });
    },
    ...reactions,
  });
}
