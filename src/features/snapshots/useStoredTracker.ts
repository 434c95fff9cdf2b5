import { useQuery } from '@tanstack/react-query';
import type { TrackerData } from '../../domain';
import { queryKeys } from '../../data';
import { useSnapshotTasks } from './useSnapshotTasks';

/**
 * The contents of a stored snapshot for a comparison, read and checked in the snapshot worker;
 * undefined while loading, null when the stored text no longer passes the checks.
 */
export function useStoredTracker(id: string | null): TrackerData | null | undefined {
  const tasks = useSnapshotTasks();
  const { data } = useQuery({
    queryKey: [...queryKeys.snapshots, id],
    queryFn: () => (id === null ? null : tasks.readStored(id)),
    enabled: id !== null,
  });
  return id === null ? undefined : data;
}
