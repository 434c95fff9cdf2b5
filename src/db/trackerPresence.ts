/**
 * Whether this browser has held the tracker's database before. A database that is missing when it
 * had been there was deleted or cleared; recreating it with the starting data would silently
 * replace the user's tracker, so the app says so instead (see TrackerDatabase's 'populate').
 */
const markerKey = (databaseName: string) => `${databaseName}:created`;

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function hasHeldTracker(databaseName: string): boolean {
  return storage()?.getItem(markerKey(databaseName)) != null;
}

export function rememberTrackerHeld(databaseName: string): void {
  storage()?.setItem(markerKey(databaseName), 'yes');
}

/** The user chose to start a new tracker after theirs was lost. */
export function forgetTrackerHeld(databaseName: string): void {
  storage()?.removeItem(markerKey(databaseName));
}

/** The database was deleted or cleared while the app relied on it; nothing was recreated. */
export class TrackerVanishedError extends Error {
  override name = 'TrackerVanishedError';

  constructor(databaseName: string) {
    super(`The database "${databaseName}" is no longer stored in this browser; it was not recreated.`);
  }
}
