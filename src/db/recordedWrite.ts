import type { Table } from 'dexie';
import type { HistoryChange, HistoryEntry } from '../domain';
import { ulid } from '../domain/ulid';
import { authorOf, readAuthorSettings } from './author';
import type { TrackerDatabase } from './database';
import { ReadOnlyTeamError } from './staleWrite';
import { keepMergeBases, outboxEntriesFor } from './teamDocIds';

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
  /** Records of another table that go with the change (an indicator's periods), written as they are. */
  related?: { table: Table; add?: readonly unknown[]; delete?: readonly unknown[] };
  history: readonly HistoryChange[];
}

/**
 * A changed record stamped with when and by whom: the records a change has history entries for,
 * a line's milestones included. Records that only make room (a rebalanced neighbour's new key)
 * keep their stamps.
 */
function stamped<T>(row: T, changed: ReadonlyMap<string, string>, author: string | null): T {
  const record = row as { code?: string; id?: string; milestones?: readonly unknown[] };
  const withNested = record.milestones ? { ...row, milestones: record.milestones.map((nested) => stamped(nested, changed, author)) } : row;
  const at = changed.get(record.id ?? record.code ?? '');
  return at === undefined ? withNested : { ...withNested, updatedAt: at, updatedBy: author };
}

/**
 * Every recorded write has this shape, in ONE transaction: read what the change starts from, apply
 * the change, write the rows it touches and append the history entries of the difference, each
 * with a new ULID, the author and this device; the records the entries are about get the same time
 * and author as their `updatedAt` and `updatedBy`. `apply`
 * refuses a change by throwing (a stale expected value, a record that does not exist), and returns
 * null, or no history entry, when nothing changes; either way nothing is written. A failed write
 * (storage full, a closed database) rejects with the storage's own error and changes nothing.
 * `alsoReads` are the other tables the change reads, and the one its `related` records are in.
 * While team sync is on, an outbox entry for each record written goes in the same transaction, with
 * the team's value of each as the base of a later merge, and a reader's change is refused with
 * ReadOnlyTeamError.
 */
export function recordedWrite<T extends TInsert, TKey, TInsert, TStored>(
  db: TrackerDatabase,
  table: Table<T, TKey, TInsert>,
  read: () => Promise<TStored>,
  apply: (stored: TStored) => RecordedChange<NoInfer<T>, NoInfer<TKey>> | null,
  alsoReads: readonly Table[] = [],
): Promise<void> {
  // The reads are issued together, then the writes: every wait for an IndexedDB answer is a task
  // that queues behind the render the change started, so a move now waits twice, not five times.
  return db.transaction('rw', [table, db.historyEntries, db.settings, db.outbox, db.teamRevisions, ...alsoReads], async () => {
    const [stored, settings] = await Promise.all([read(), readAuthorSettings(db)]);
    if (settings.isTeamReader) throw new ReadOnlyTeamError();
    const change = apply(stored);
    if (!change || change.history.length === 0) return;
    const { author, device } = await authorOf(db, settings);
    const changed = new Map(change.history.map((entry) => [entry.entityId, entry.at]));
    if (settings.teamUser !== null) await keepMergeBases(db, outboxEntriesFor(table, change, []).map(({ docId }) => docId));
    // One by one, so a key already taken fails with IndexedDB's own ConstraintError.
    for (const row of change.add ?? []) await table.add(stamped(row, changed, author));
    const entries: HistoryEntry[] = change.history.map((entry) => ({ ...entry, id: ulid(), author, device }));
    await Promise.all([
      change.put?.length && table.bulkPut(change.put.map((row) => stamped(row, changed, author))),
      change.delete?.length && table.bulkDelete([...change.delete]),
      change.related?.add?.length && change.related.table.bulkAdd([...change.related.add]),
      change.related?.delete?.length && change.related.table.bulkDelete([...change.related.delete]),
      db.historyEntries.bulkAdd(entries),
      // While team sync is on, the change waits in the outbox until the team database has it.
      settings.teamUser !== null && db.outbox.bulkAdd(outboxEntriesFor(table, change, entries)),
    ]);
  });
}

/** The stored record, or an error naming the one that does not exist. */
export async function storedRecord<T, TKey, TInsert>(table: Table<T, TKey, TInsert>, key: TKey, name: string): Promise<T> {
  const record = await table.get(key);
  if (record === undefined) throw new Error(`${name} ${String(key)} does not exist.`);
  return record;
}
