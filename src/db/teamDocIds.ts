import type { Table } from 'dexie';
import type { HistoryEntry } from '../domain';
import { TRACKER_SETTING_KEYS } from '../domain/trackerSettings';
import type { OutboxEntry, TeamRevision, TrackerDatabase } from './database';
import type { RecordedChange } from './recordedWrite';
import { putTeamRevisions, readTeamDocIds, readTeamRevisions } from './teamRevisions';

/** The kind of team document each synced table's records are (the server's rules know these). */
export const KIND_OF_TABLE = {
  areas: 'area',
  actionLines: 'line',
  priorityItems: 'priorityItem',
  indicators: 'indicator',
  indicatorPeriods: 'period',
  historyEntries: 'history',
} as const;

export type SyncedTableName = keyof typeof KIND_OF_TABLE;
/** Tracker settings are team documents too (kind 'setting'), kept in the settings table beside the local ones. */
export type SyncedKind = (typeof KIND_OF_TABLE)[SyncedTableName] | 'setting';

export const TABLE_OF_KIND = {
  ...Object.fromEntries(Object.entries(KIND_OF_TABLE).map(([table, kind]) => [kind, table])),
  setting: 'settings',
} as Record<SyncedKind, SyncedTableName | 'settings'>;

/** A stored record's key: lines and areas by code, settings by key, everything else by id. */
export function recordKey(record: unknown): string {
  const { code, id, key } = record as { code?: unknown; id?: unknown; key?: unknown };
  return String(code ?? id ?? key);
}

function docIdsOf(table: Table, rows: readonly unknown[] | undefined, asKeys = false): string[] {
  const kind = KIND_OF_TABLE[table.name as SyncedTableName] as SyncedKind | undefined;
  if (!kind || !rows) return [];
  return rows.map((row) => `${kind}:${asKeys ? String(row as string) : recordKey(row)}`);
}

/** The outbox entries of one recorded change: every record it adds, puts or deletes, and its history. */
export function outboxEntriesFor(table: Table, change: RecordedChange<unknown, unknown>, entries: readonly HistoryEntry[]): OutboxEntry[] {
  const related = change.related;
  const docIds = [
    ...docIdsOf(table, change.add),
    ...docIdsOf(table, change.put),
    ...docIdsOf(table, change.delete, true),
    ...(related ? [...docIdsOf(related.table, related.add), ...docIdsOf(related.table, related.delete, true)] : []),
    ...entries.map((entry) => `history:${entry.id}`),
  ];
  return [...new Set(docIds)].map((docId) => ({ docId }));
}

/** The table a team document's record lives in, and its key there. */
export function tableOf(db: TrackerDatabase, docId: string): { table: Table; kind: SyncedKind; key: string } {
  const separator = docId.indexOf(':');
  const kind = docId.slice(0, separator) as SyncedKind;
  return { table: db.table(TABLE_OF_KIND[kind]), kind, key: docId.slice(separator + 1) };
}

/**
 * Puts every record in the outbox, and a deletion for every team record this tracker no longer
 * has: after an import (or to fill an empty team database), the team gets exactly this tracker.
 * Inside a transaction over the outbox, the team revisions, the synced tables and the settings.
 */
export async function enqueueEveryRecord(db: TrackerDatabase): Promise<void> {
  const docIds = new Set(await readTeamDocIds(db));
  for (const [name, kind] of Object.entries(KIND_OF_TABLE)) {
    for (const key of await db.table<unknown, string>(name).toCollection().primaryKeys()) docIds.add(`${kind}:${key}`);
  }
  const settings = await db.settings.bulkGet([...TRACKER_SETTING_KEYS]);
  for (const setting of settings) if (setting) docIds.add(`setting:${setting.key}`);
  await db.outbox.bulkAdd([...docIds].map((docId) => ({ docId })));
}

/**
 * Before a change here to records the team has: each revision that keeps no base gets the record's
 * value as stored now, which is the team's. Inside the change's transaction, over the team
 * revisions and the records' tables, before the change is written.
 */
export async function keepMergeBases(db: TrackerDatabase, docIds: readonly string[]): Promise<void> {
  const revisions = await readTeamRevisions(db, docIds);
  const withoutBase = revisions.filter((revision): revision is TeamRevision => revision !== undefined && revision.base === undefined);
  if (withoutBase.length === 0) return;
  const records: unknown[] = await Promise.all(
    withoutBase.map(({ docId }) => {
      const { table, key } = tableOf(db, docId);
      return table.get(key);
    }),
  );
  await putTeamRevisions(db, withoutBase.map((revision, index) => ({ ...revision, base: records[index] ?? null })));
}
