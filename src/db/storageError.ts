export type StorageErrorKind = 'quota' | 'closed' | 'unknown';

/** Classifies a failed Dexie write; quota errors arrive as AbortError wrapping QuotaExceededError. */
export function describeStorageError(error: unknown): StorageErrorKind {
  if (!(error instanceof Error)) return 'unknown';
  const inner = (error as Error & { inner?: { name?: string } }).inner;
  if (error.name === 'QuotaExceededError' || inner?.name === 'QuotaExceededError') return 'quota';
  if (error.name === 'DatabaseClosedError') return 'closed';
  return 'unknown';
}
