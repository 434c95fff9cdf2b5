import { useQuery } from '@tanstack/react-query';
import { checkSnapshotText, computeProgress, type ProgressFigures, type Snapshot } from '../../domain';
import { listStoredSnapshots, type StoredSnapshot } from '../../db';
import { queryKeys, useDatabase } from '../../data';

export interface SnapshotEntry extends StoredSnapshot {
  /** The checked and restored contents; null when the stored text no longer passes the checks. */
  snapshot: Snapshot | null;
  figures: ProgressFigures | null;
}

export function toSnapshotEntry(stored: StoredSnapshot): SnapshotEntry {
  const check = checkSnapshotText(stored.content);
  const snapshot = check.ok ? check.snapshot : null;
  return { ...stored, snapshot, figures: snapshot ? computeProgress(snapshot.actionLines) : null };
}

/** Stored snapshots, newest first, each read through the same checks as an imported file. */
export function useStoredSnapshots() {
  const db = useDatabase();
  return useQuery({
    queryKey: queryKeys.snapshots,
    queryFn: async () => (await listStoredSnapshots(db)).map(toSnapshotEntry),
  });
}
