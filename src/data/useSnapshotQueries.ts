import { useQuery } from '@tanstack/react-query';
import { useDatabase } from './DatabaseContext';
import { queryKeys } from './queryKeys';
import type { SnapshotTasks } from './snapshotTasks';
import { snapshotTasksFor } from './snapshotTasksClient';

export function useSnapshotTasks(): SnapshotTasks {
  return snapshotTasksFor(useDatabase());
}

/** What the snapshot worker reads without writing: checks before an import, a stored snapshot's file. */
export type SnapshotReads = Pick<SnapshotTasks, 'checkFile' | 'checkStored' | 'storedFile'>;

export function useSnapshotReads(): SnapshotReads {
  return useSnapshotTasks();
}

/** Stored snapshots, newest first, each read through the same checks as an imported file. */
export function useStoredSnapshots() {
  const tasks = useSnapshotTasks();
  return useQuery({ queryKey: queryKeys.snapshots, queryFn: () => tasks.listStored() });
}

/**
 * What changed from one state to another (a stored snapshot's id, or null for the current state),
 * worked out in the snapshot worker; null when a stored snapshot no longer passes the checks. A
 * state is not compared with itself.
 */
export function useComparison(beforeId: string | null, afterId: string | null) {
  const tasks = useSnapshotTasks();
  return useQuery({
    queryKey: queryKeys.comparison(beforeId, afterId),
    queryFn: () => tasks.compare(beforeId, afterId),
    enabled: beforeId !== afterId,
  });
}
