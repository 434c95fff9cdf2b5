import { useQuery } from '@tanstack/react-query';
import { latestSavedSnapshotTime } from '../db';
import { useDatabase } from './DatabaseContext';
import { queryKeys } from './queryKeys';

/** Under the snapshots key, so saving or deleting a snapshot refreshes it. */
export function useLatestSavedSnapshotTime() {
  const db = useDatabase();
  return useQuery({
    queryKey: [...queryKeys.snapshots, 'latestSaved'],
    queryFn: () => latestSavedSnapshotTime(db),
  });
}
