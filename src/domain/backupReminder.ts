/** Browsers may evict local data; a copy older than this deserves a gentle nudge. */
export const BACKUP_REMINDER_DAYS = 30;

const DAY_MS = 24 * 60 * 60 * 1000;

export function wholeDaysBetween(fromIso: string, to: Date): number {
  return Math.floor((to.getTime() - new Date(fromIso).getTime()) / DAY_MS);
}

/** The newest of the given ISO times, or null when there is none. */
export function latestTime(times: readonly (string | null | undefined)[]): string | null {
  let latest: string | null = null;
  for (const time of times) {
    if (time && (latest === null || new Date(time).getTime() > new Date(latest).getTime())) latest = time;
  }
  return latest;
}

/**
 * Whether to nudge: the last export or snapshot (or, before the first one, the day the data
 * was created) is more than BACKUP_REMINDER_DAYS old.
 */
export function isBackupDue(lastBackupAt: string | null, dataSince: string | null, now: Date): boolean {
  const reference = lastBackupAt ?? dataSince;
  return reference !== null && wholeDaysBetween(reference, now) > BACKUP_REMINDER_DAYS;
}
