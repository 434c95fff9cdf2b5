import type { TrackerDatabase } from './database';
import { SETTING_KEYS } from './settingKeys';

/*
 * What the board needs on its first load; the rest of what this browser keeps of the team is in
 * teamSyncRecords.ts, which only team sync's code (loaded once it is on) reaches.
 */

/** Team sync's settings while it is on: where the team database is and who is signed in to it. */
export interface TeamSyncSetting {
  /** The database's address, e.g. "/couchdb/action-line-tracker" (same origin as the app). */
  address: string;
  user: string;
  roles: string[];
}

export async function readTeamSync(db: TrackerDatabase): Promise<TeamSyncSetting | null> {
  return ((await db.settings.get(SETTING_KEYS.teamSync))?.value as TeamSyncSetting | undefined) ?? null;
}
