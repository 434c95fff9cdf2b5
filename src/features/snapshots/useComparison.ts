import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../data';
import { useSnapshotTasks } from './useSnapshotTasks';

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
