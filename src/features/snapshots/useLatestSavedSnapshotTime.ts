import { useQuery } from '@tanstack/react-query';
import { latestSavedSnapshotTime } from '../../db';
import { queryKeys, useDatabase } from '../../data';

/** Under the snapshots key, so saving or deleting a snapshot refreshes it. */
export function useLatestSavedSnapshotTime() {
  const db = useDatabase();
  return useQuery({
    queryKey: [...queryKeys.snapshots, 'latestSaved'],
    queryFn: () => latestSavedSnapshotTime(db),
  });
}
