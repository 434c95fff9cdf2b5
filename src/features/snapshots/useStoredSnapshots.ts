import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../data';
import { useSnapshotTasks } from './useSnapshotTasks';

/** Stored snapshots, newest first, each read through the same checks as an imported file. */
export function useStoredSnapshots() {
  const tasks = useSnapshotTasks();
  return useQuery({ queryKey: queryKeys.snapshots, queryFn: () => tasks.listStored() });
}
