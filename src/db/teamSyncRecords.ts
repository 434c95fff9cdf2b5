import type { SyncNotice, TrackerDatabase } from './database';
import { SETTING_KEYS } from './settingKeys';
import type { TeamSyncSetting } from './teamSyncSetting';

export async function readTeamCheckpoint(db: TrackerDatabase): Promise<string | null> {
  const value = (await db.settings.get(SETTING_KEYS.teamCheckpoint))?.value;
  return typeof value === 'string' ? value : null;
}

/** Switches team sync on for `setting`'s user: from now on every change also goes to the outbox. */
export async function writeTeamSync(db: TrackerDatabase, setting: TeamSyncSetting): Promise<void> {
  await db.settings.put({ key: SETTING_KEYS.teamSync, value: setting });
}

/** How many records wait to reach the team database. */
export async function countWaitingRecords(db: TrackerDatabase): Promise<number> {
  return (await db.outbox.orderBy('docId').uniqueKeys()).length;
}

export function listSyncNotices(db: TrackerDatabase): Promise<SyncNotice[]> {
  return db.syncNotices.toArray();
}

export async function dismissSyncNotice(db: TrackerDatabase, id: string): Promise<void> {
  await db.syncNotices.delete(id);
}

/** Leaves the team: sync stops, and this browser forgets what it knew of the team database. */
export function leaveTeam(db: TrackerDatabase): Promise<void> {
  return db.transaction('rw', [db.settings, db.outbox, db.teamRevisions, db.syncNotices], async () => {
    await db.settings.bulkDelete([SETTING_KEYS.teamSync, SETTING_KEYS.teamCheckpoint]);
    await Promise.all([db.outbox.clear(), db.teamRevisions.clear(), db.syncNotices.clear()]);
  });
}
