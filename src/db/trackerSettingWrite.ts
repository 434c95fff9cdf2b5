import type { TrackerSettingKey } from '../domain/trackerSettings';
import { authorOf, readAuthorSettings } from './author';
import type { TrackerDatabase } from './database';
import { SETTING_KEYS } from './settingKeys';
import { ReadOnlyTeamError, assertUnchanged } from './staleWrite';
import { keepMergeBases } from './teamDocIds';

/*
 * Apart from readRepository: the board shows the date on its first load, and this code loads with
 * the first change of it (0.4 kB gzip off the first load).
 */

/**
 * Stores a tracker setting (null unsets it) stamped with when and by whom, and, while team sync is
 * on, its outbox entry; a team reader is refused. Inside a transaction over settings, outbox and
 * team revisions.
 */
export async function storeTrackerSetting(db: TrackerDatabase, key: TrackerSettingKey, value: unknown, now: string): Promise<void> {
  const settings = await readAuthorSettings(db);
  if (settings.isTeamReader) throw new ReadOnlyTeamError();
  const { author } = await authorOf(db, settings);
  if (settings.teamUser !== null) await keepMergeBases(db, [`setting:${key}`]);
  if (value === null) await db.settings.delete(key);
  else await db.settings.put({ key, value, updatedAt: now, updatedBy: author });
  if (settings.teamUser !== null) await db.outbox.add({ docId: `setting:${key}` });
}

/**
 * Stores the reporting date (null: today) as storeTrackerSetting does. With `expected`, refuses
 * with StaleWriteError when the stored date is no longer the one the change started from.
 */
export function writeReportingDate(
  db: TrackerDatabase,
  isoDate: string | null,
  expected?: { reportingDate: string | null },
  now: string = new Date().toISOString(),
): Promise<void> {
  return db.transaction('rw', [db.settings, db.outbox, db.teamRevisions], async () => {
    const stored = await db.settings.get(SETTING_KEYS.reportingDate);
    assertUnchanged({ reportingDate: (stored?.value as string | undefined) ?? null }, expected);
    await storeTrackerSetting(db, SETTING_KEYS.reportingDate, isoDate, now);
  });
}
