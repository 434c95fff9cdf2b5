export type StorageErrorKind = 'quota' | 'closed' | 'stale' | 'gone' | 'readOnly' | 'adminOnly' | 'unknown';

interface NamedError {
  name: string;
  inner?: { name?: string };
}

/** Errors from IndexedDB may be DOMExceptions of another realm, so names are read, not classes. */
function isNamedError(error: unknown): error is NamedError {
  return typeof error === 'object' && error !== null && typeof (error as { name?: unknown }).name === 'string';
}

/** Classifies a failed Dexie write; quota errors arrive as AbortError wrapping QuotaExceededError. */
export function describeStorageError(error: unknown): StorageErrorKind {
  if (!isNamedError(error)) return 'unknown';
  const inner = error.inner;
  if (error.name === 'TrackerVanishedError' || inner?.name === 'TrackerVanishedError') return 'gone';
  if (error.name === 'QuotaExceededError' || inner?.name === 'QuotaExceededError') return 'quota';
  if (error.name === 'DatabaseClosedError') return 'closed';
  if (error.name === 'StaleWriteError') return 'stale';
  if (error.name === 'ReadOnlyTeamError') return 'readOnly';
  if (error.name === 'TeamAdminOnlyError') return 'adminOnly';
  return 'unknown';
}

export type OpenErrorKind = 'unavailable' | 'upgrade' | 'vanished' | 'other';

/** Why the database could not be opened: no IndexedDB at all, a failed upgrade, or anything else. */
export function describeOpenError(error: unknown): OpenErrorKind {
  if (typeof indexedDB === 'undefined') return 'unavailable';
  if (!isNamedError(error)) return 'other';
  const inner = error.inner;
  const names = [error.name, inner?.name];
  if (names.some((name) => name === 'MissingAPIError' || name === 'InvalidStateError' || name === 'SecurityError')) {
    return 'unavailable';
  }
  if (names.includes('TrackerVanishedError')) return 'vanished';
  if (names.some((name) => name === 'SchemaUpgradeError' || name === 'UpgradeError' || name === 'VersionError')) {
    return 'upgrade';
  }
  return 'other';
}
