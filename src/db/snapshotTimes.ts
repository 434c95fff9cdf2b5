import type { TrackerDatabase } from './database';

/**
 * When the newest snapshot saved by the user (not an automatic backup) was made. Kept apart from
 * the snapshot repository so the app-wide reminder does not load the snapshot checks.
 */
export async function latestSavedSnapshotTime(db: TrackerDatabase): Promise<string | null> {
  const newest = await db.snapshots
    .orderBy('createdAt')
    .reverse()
    .filter((snapshot) => !snapshot.isAutomaticBackup)
    .first();
  return newest?.createdAt ?? null;
}
