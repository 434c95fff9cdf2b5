import { ulid } from '../domain/ulid';
import type { TrackerDatabase } from './database';
import { SETTING_KEYS } from './settingKeys';

/** Who makes changes here: the display name (null: "this browser") and this device's id. */
export interface Author {
  author: string | null;
  device: string;
}

/**
 * The author of a change from the settings read for it (readAuthorSettings), inside a transaction
 * over settings. The upgrade to version 4 makes the device id of a database that has history; any
 * other gets it here, with its first change.
 */
export async function authorOf(db: TrackerDatabase, { name, device }: { name: string | null; device: string | null }): Promise<Author> {
  if (device !== null) return { author: name, device };
  const made = ulid();
  await db.settings.put({ key: SETTING_KEYS.deviceId, value: made });
  return { author: name, device: made };
}

/** The name changes are recorded under (null: "this browser") and this device's id (null until made). */
export async function readAuthorSettings(db: TrackerDatabase): Promise<{ name: string | null; device: string | null }> {
  const [name, device] = await db.settings.bulkGet([SETTING_KEYS.authorName, SETTING_KEYS.deviceId]);
  return {
    name: typeof name?.value === 'string' ? name.value : null,
    device: typeof device?.value === 'string' ? device.value : null,
  };
}

/** Sets the name later changes are recorded under; null (or only spaces) goes back to "this browser". */
export async function writeAuthorName(db: TrackerDatabase, name: string | null): Promise<void> {
  const trimmed = name?.trim() ?? '';
  if (trimmed === '') await db.settings.delete(SETTING_KEYS.authorName);
  else await db.settings.put({ key: SETTING_KEYS.authorName, value: trimmed });
}
