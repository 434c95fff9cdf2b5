import type { TrackerDatabase } from './database';
import { SETTING_KEYS } from './settingKeys';

/** When the tracker was last exported as a file, or null if never. */
export async function readLastExportAt(db: TrackerDatabase): Promise<string | null> {
  const record = await db.settings.get(SETTING_KEYS.lastExportAt);
  return typeof record?.value === 'string' ? record.value : null;
}

/**
 * When the newest snapshot saved by the user (not an automatic backup) was made. These two are kept apart
 * from the snapshot repository so the app-wide reminder does not load the snapshot checks.
 */
export async function latestSavedSnapshotTime(db: TrackerDatabase): Promise<string | null> {
  const newest = await db.snapshots
    .orderBy('createdAt')
    .reverse()
    .filter((snapshot) => !snapshot.isAutomaticBackup)
    .first();
  return newest?.createdAt ?? null;
}
