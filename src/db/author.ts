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
export async function authorOf(db: TrackerDatabase, { name, device, teamUser }: AuthorSettings): Promise<Author> {
  // The team database accepts a change only under the signed-in user's name.
  const author = teamUser ?? name;
  if (device !== null) return { author, device };
  const made = ulid();
  await db.settings.put({ key: SETTING_KEYS.deviceId, value: made });
  return { author, device: made };
}

export interface AuthorSettings {
  name: string | null;
  device: string | null;
  /** The team database's signed-in user, while team sync is on; their changes go to the outbox. */
  teamUser: string | null;
  /** Signed in to the team with no role that may write (a reader). */
  isTeamReader: boolean;
  /** Signed in to the team as a team admin (or a server admin). */
  isTeamAdmin: boolean;
}

/** The name changes are recorded under (null: "this browser"), this device's id (null until made) and the team user. */
export async function readAuthorSettings(db: TrackerDatabase): Promise<AuthorSettings> {
  const [name, device, team] = await db.settings.bulkGet([SETTING_KEYS.authorName, SETTING_KEYS.deviceId, SETTING_KEYS.teamSync]);
  const { user: teamUser, roles } = (team?.value ?? {}) as { user?: unknown; roles?: unknown };
  return {
    name: typeof name?.value === 'string' ? name.value : null,
    device: typeof device?.value === 'string' ? device.value : null,
    teamUser: typeof teamUser === 'string' ? teamUser : null,
    isTeamReader: Array.isArray(roles) && !['_admin', 'tracker-admin', 'tracker-editor'].some((role) => roles.includes(role)),
    isTeamAdmin: Array.isArray(roles) && ['_admin', 'tracker-admin'].some((role) => roles.includes(role)),
  };
}

/** Sets the name later changes are recorded under; null (or only spaces) goes back to "this browser". */
export async function writeAuthorName(db: TrackerDatabase, name: string | null): Promise<void> {
  const trimmed = name?.trim() ?? '';
  if (trimmed === '') await db.settings.delete(SETTING_KEYS.authorName);
  else await db.settings.put({ key: SETTING_KEYS.authorName, value: trimmed });
}
