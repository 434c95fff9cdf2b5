import type { TrackerSettingKey } from '../domain/trackerSettings';
import { authorOf, readAuthorSettings } from './author';
import type { TrackerDatabase } from './database';
import { ReadOnlyTeamError } from './staleWrite';

/**
 * Stores a tracker setting (null unsets it) stamped with when and by whom, and, while team sync is
 * on, its outbox entry; a team reader is refused. Inside a transaction over settings and outbox.
 */
export async function storeTrackerSetting(db: TrackerDatabase, key: TrackerSettingKey, value: unknown, now: string): Promise<void> {
  const settings = await readAuthorSettings(db);
  if (settings.isTeamReader) throw new ReadOnlyTeamError();
  const { author } = await authorOf(db, settings);
  if (value === null) await db.settings.delete(key);
  else await db.settings.put({ key, value, updatedAt: now, updatedBy: author });
  if (settings.teamUser !== null) await db.outbox.add({ docId: `setting:${key}` });
}
