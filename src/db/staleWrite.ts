/**
 * A write refused because the stored value is no longer the one the change started from: someone
 * else (another tab, an import) changed it meanwhile. Nothing was written.
 */
export class StaleWriteError extends Error {
  constructor(readonly field: string) {
    super(`${field} was changed elsewhere; nothing was overwritten.`);
    this.name = 'StaleWriteError';
  }
}

/** Throws StaleWriteError unless every expected field still holds the expected value. */
export function assertUnchanged<T extends object>(stored: T, expected: Partial<T> | undefined): void {
  if (!expected) return;
  for (const [field, value] of Object.entries(expected)) {
    if (stored[field as keyof T] !== value) throw new StaleWriteError(field);
  }
}

/**
 * A write refused because the person is signed in to the team as a reader: the team database
 * would refuse it, so it is refused here before anything is written.
 */
export class ReadOnlyTeamError extends Error {
  constructor() {
    super('Readers of the team tracker change nothing.');
    this.name = 'ReadOnlyTeamError';
  }
}

/** An import into a synced tracker by someone who is not a team admin: it would replace the team's data. */
export class TeamAdminOnlyError extends Error {
  constructor() {
    super("Only a team admin replaces the team's data from a snapshot file.");
    this.name = 'TeamAdminOnlyError';
  }
}
