import type { Table } from 'dexie';
import type { HistoryEntry } from '../domain';
import type { TrackerDatabase } from './database';

export interface WriteOptions<T> {
  /** The stored values the change started from; any other stored value refuses the write. */
  expected?: Partial<T>;
  now?: string;
}

/** What one change stores in its table, and the history entries that record the difference. */
export interface RecordedChange<T, TKey> {
  add?: readonly T[];
  put?: readonly T[];
  delete?: readonly TKey[];
  history: readonly HistoryEntry[];
}

/**
 * Every recorded write has this shape, in ONE transaction: read what the change starts from, apply
 * the change, write the rows it touches and append the history entries of the difference. `apply`
 * refuses a change by throwing (a stale expected value, a record that does not exist), and returns
 * null, or no history entry, when nothing changes; either way nothing is written. A failed write
 * (storage full, a closed database) rejects with the storage's own error and changes nothing.
 * `alsoReads` are tables the change reads without writing them.
 */
export function recordedWrite<T extends TInsert, TKey, TInsert, TStored>(
  db: TrackerDatabase,
  table: Table<T, TKey, TInsert>,
  read: () => Promise<TStored>,
  apply: (stored: TStored) => RecordedChange<NoInfer<T>, NoInfer<TKey>> | null,
  alsoReads: readonly Table[] = [],
): Promise<void> {
  return db.transaction('rw', [table, db.history, ...alsoReads], async () => {
    const change = apply(await read());
    if (!change || change.history.length === 0) return;
    // One by one, so a key already taken fails with IndexedDB's own ConstraintError.
    for (const row of change.add ?? []) await table.add(row);
    if (change.put?.length) await table.bulkPut([...change.put]);
    if (change.delete?.length) await table.bulkDelete([...change.delete]);
    await db.history.bulkAdd([...change.history]);
  });
}

/** The stored record, or an error naming the one that does not exist. */
export async function storedRecord<T, TKey, TInsert>(table: Table<T, TKey, TInsert>, key: TKey, name: string): Promise<T> {
  const record = await table.get(key);
  if (record === undefined) throw new Error(`${name} ${String(key)} does not exist.`);
  return record;
}
