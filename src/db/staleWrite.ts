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
