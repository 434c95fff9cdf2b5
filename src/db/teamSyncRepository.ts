import type { Table } from 'dexie';
import { mergeRecord, sameValue, type OverruledValue, type TeamRecord } from '../domain/sync';
import { TRACKER_SETTING_KEYS } from '../domain/trackerSettings';
import { ulid } from '../domain/ulid';
import type { SyncNotice, TeamRevision, TrackerDatabase } from './database';
import { SETTING_KEYS } from './settingKeys';
import { KIND_OF_TABLE, enqueueEveryRecord, tableOf, type SyncedKind, type SyncedTableName } from './teamDocIds';
import { deleteTeamRevisions, putJoinedRevisions, putTeamRevisions, readTeamRevisions } from './teamRevisions';
import { readTeamSync, type TeamSyncSetting } from './teamSyncSetting';

/** A record waiting in the outbox, with what the team database last had of it. */
export interface OutboxItem {
  docId: string;
  /** The last outbox entry this item covers: entries after it came with later changes. */
  upToSeq: number;
  kind: SyncedKind;
  /** The record as stored now; null when it was deleted. */
  record: unknown;
  rev: string | null;
  /** Colleagues' values this browser's merges overruled, to send with the record. */
  overruled: OverruledValue[];
  overruledNoticeIds: string[];
}

/** A team document as the pull parsed it. */
export type PulledDocument =
  | { id: string; rev: string; deleted: true }
  | { id: string; rev: string; deleted: false; author: string; value: TeamRecord; overruled: OverruledValue[] };

/** Sync's write was refused: the person it syncs for is no longer signed in to its team here. */
export class LeftTeamError extends Error {
  override name = 'LeftTeamError';
}

/**
 * Sync's writes land only while its person is still signed in to its team in this browser. Signing
 * out in another tab clears the checkpoint, the revisions and the outbox; a round still running
 * there must not write them back (a checkpoint left behind would make the next sign-in resume a
 * team it never joined). Read inside each write's transaction, so no sign-out falls in between.
 */
async function assertStillInTeam(db: TrackerDatabase, team: TeamSyncSetting): Promise<void> {
  const current = await readTeamSync(db);
  if (current?.address !== team.address || current.user !== team.user) throw new LeftTeamError(`${team.user} is no longer signed in to ${team.address} here.`);
}

function syncedTables(db: TrackerDatabase): Table[] {
  return (Object.keys(KIND_OF_TABLE) as SyncedTableName[]).map((name) => db.table(name));
}

/** The oldest waiting records, each once, as one consistent read. */
export function readOutbox(db: TrackerDatabase, limit = 500): Promise<OutboxItem[]> {
  return db.transaction('r', [db.outbox, db.teamRevisions, db.syncNotices, db.settings, ...syncedTables(db)], async () => {
    const entries = await db.outbox.orderBy('seq').limit(limit).toArray();
    const overruled = (await db.syncNotices.toArray()).filter((notice) => notice.kind === 'overruled');
    const lastSeq = new Map<string, number>();
    for (const entry of entries) lastSeq.set(entry.docId, entry.seq ?? 0);
    const revisions = await readTeamRevisions(db, [...lastSeq.keys()]);
    return Promise.all(
      [...lastSeq].map(async ([docId, upToSeq], index) => {
        const { table, kind, key } = tableOf(db, docId);
        const record: unknown = await table.get(key);
        const notices = overruled.filter((notice) => notice.docId === docId);
        return {
          docId,
          upToSeq,
          kind,
          record: record ?? null,
          rev: revisions[index]?.rev ?? null,
          overruled: notices.map((notice) => ({ field: notice.field, value: notice.theirs, by: notice.by ?? '' })),
          overruledNoticeIds: notices.map((notice) => notice.id),
        };
      }),
    );
  });
}

/** The team database took these records: their outbox entries up to the pushed change go, and the overruled values sent. */
export function markPushed(
  db: TrackerDatabase,
  team: TeamSyncSetting,
  pushed: readonly { docId: string; upToSeq: number; rev: string; record: unknown; overruledNoticeIds: readonly string[] }[],
): Promise<void> {
  const upTo = new Map(pushed.map(({ docId, upToSeq }) => [docId, upToSeq]));
  return db.transaction('rw', [db.outbox, db.teamRevisions, db.syncNotices, db.settings], async () => {
    await assertStillInTeam(db, team);
    await Promise.all([
      db.outbox
        .where('docId')
        .anyOf([...upTo.keys()])
        .and((entry) => (entry.seq ?? 0) <= (upTo.get(entry.docId) ?? 0))
        .delete(),
      putTeamRevisions(db, pushed.map(({ docId, rev, record }) => ({ docId, rev, base: record }))),
      db.syncNotices.bulkDelete(pushed.flatMap(({ overruledNoticeIds }) => overruledNoticeIds)),
    ]);
  });
}

/**
 * The team database refused a change (the person's role may not make it): the record goes back to
 * what the team has, so this browser never shows a change nobody else will see.
 */
export function revertRefused(db: TrackerDatabase, team: TeamSyncSetting, docId: string, upToSeq: number): Promise<void> {
  const { table, key } = tableOf(db, docId);
  return db.transaction('rw', [db.outbox, db.teamRevisions, db.settings, table], async () => {
    await assertStillInTeam(db, team);
    const [revision] = await readTeamRevisions(db, [docId]);
    // No base: the record stored here is still the team's value. Null: the team has none.
    if (!revision || revision.base === null) await table.delete(key);
    else if (revision.base !== undefined) await table.put(revision.base);
    await db.outbox.where('docId').equals(docId).and((entry) => (entry.seq ?? 0) <= upToSeq).delete();
  });
}

/** A team admin fills an empty team database from this tracker. */
export function enqueueWholeTracker(db: TrackerDatabase, team: TeamSyncSetting): Promise<void> {
  return db.transaction('rw', [db.outbox, db.teamRevisions, db.settings, ...syncedTables(db)], async () => {
    await assertStillInTeam(db, team);
    await enqueueEveryRecord(db);
  });
}

/** A record's value at a conflict's field: `notes`, or `milestones/<id>/<field>`. */
function valueAt(record: unknown, field: string): unknown {
  const [top = '', milestoneId, milestoneField] = field.split('/');
  const fields = record as Record<string, unknown> & { milestones?: Record<string, unknown>[] };
  if (top !== 'milestones' || !milestoneId || !milestoneField) return fields[top];
  return fields.milestones?.find((milestone) => milestone.id === milestoneId)?.[milestoneField];
}

function lineCodeOf(value: TeamRecord): string | null {
  const record = value.record as { lineCode?: unknown; code?: unknown };
  if (value.kind === 'line') return String(record.code);
  return typeof record.lineCode === 'string' ? record.lineCode : null;
}

export interface PulledBatch {
  documents: readonly PulledDocument[];
  /** Documents that failed the schemas: never written, shown as notices. */
  setAside: readonly { id: string | null; reason: string }[];
  checkpoint: string;
  /** The first pull into a browser that joins a team: its own tracker gives way to the team's. */
  replaceAll?: boolean;
  now?: string;
}

/**
 * Writes a pull's documents and its checkpoint in ONE transaction, so a reload resumes exactly
 * after the last document written. A document whose record also waits in the outbox is merged
 * field by field with it (mergeRecord); the merged record stays in the outbox, now based on the
 * team's revision, and each value of this browser's that lost leaves a notice on its line, as
 * does each of `team.user`'s values that a colleague's merge overruled.
 */
export function applyPulled(db: TrackerDatabase, team: TeamSyncSetting, batch: PulledBatch): Promise<void> {
  const now = batch.now ?? new Date().toISOString();
  return db.transaction('rw', [...syncedTables(db), db.outbox, db.teamRevisions, db.syncNotices, db.settings], async () => {
    await assertStillInTeam(db, team);
    if (batch.replaceAll) {
      await Promise.all([...syncedTables(db), db.outbox, db.teamRevisions, db.syncNotices].map((table) => table.clear()));
      await db.settings.bulkDelete([...TRACKER_SETTING_KEYS, SETTING_KEYS.indicatorSeedPending]);
    }
    const notices: SyncNotice[] = batch.setAside.map(({ id, reason }) => ({
      id: ulid(),
      kind: 'setAside',
      docId: id ?? '',
      lineCode: null,
      field: '',
      mine: null,
      theirs: reason,
      by: null,
      at: now,
    }));
    // Every read first, then every write, each in bulk: one await per record made a first sync of
    // 2,000 lines wait on IndexedDB 6,000 times.
    const ids = batch.documents.map((document) => document.id);
    const [revisions, waitingIds] = batch.replaceAll
      ? [[], []]
      : await Promise.all([readTeamRevisions(db, ids), db.outbox.where('docId').anyOf(ids).keys()]);
    const known = new Map(revisions.flatMap((revision) => (revision ? [[revision.docId, revision] as const] : [])));
    const waiting = new Set(waitingIds.map(String));
    const mine = new Map<string, unknown>();
    await Promise.all(
      batch.documents
        .filter((document) => waiting.has(document.id) && !document.deleted)
        .map(async (document) => {
          const { table, key } = tableOf(db, document.id);
          mine.set(document.id, await table.get(key));
        }),
    );
    const puts = new Map<Table, unknown[]>();
    const deletes = new Map<Table, string[]>();
    const add = <T>(into: Map<Table, T[]>, table: Table, value: T) => {
      const list = into.get(table) ?? [];
      list.push(value);
      into.set(table, list);
    };
    const revisionPuts: TeamRevision[] = [];
    const revisionDeletes: string[] = [];
    const settled: string[] = [];
    for (const document of batch.documents) {
      const revision = known.get(document.id);
      if (revision?.rev === document.rev) continue;
      const { table, key } = tableOf(db, document.id);
      if (document.deleted) {
        // A record changed here and deleted there is kept: the push creates it again.
        if (!waiting.has(document.id)) add(deletes, table, key);
        revisionDeletes.push(document.id);
        continue;
      }
      const theirs = document.value.record;
      const local = mine.get(document.id);
      if (local === undefined) {
        add(puts, table, theirs);
      } else {
        const { merged, conflicts } = mergeRecord(revision?.base ?? null, local as object, theirs);
        add(puts, table, merged);
        // The team already has this browser's change (a push whose answer was lost): nothing waits.
        if (sameValue(merged, theirs)) settled.push(document.id);
        for (const conflict of conflicts) {
          notices.push({
            id: ulid(),
            kind: conflict.kept === 'theirs' ? 'conflict' : 'overruled',
            docId: document.id,
            lineCode: lineCodeOf(document.value),
            field: conflict.field,
            mine: conflict.mine,
            theirs: conflict.theirs,
            by: document.author,
            at: now,
          });
        }
      }
      // Only a merged record differs from the team's value; for the others, the record is the base.
      revisionPuts.push(local === undefined ? { docId: document.id, rev: document.rev } : { docId: document.id, rev: document.rev, base: theirs });
      if (batch.replaceAll) continue;
      for (const lost of document.overruled.filter((each) => each.by === team.user)) {
        notices.push({
          id: ulid(),
          kind: 'conflict',
          docId: document.id,
          lineCode: lineCodeOf(document.value),
          field: lost.field,
          mine: lost.value,
          theirs: valueAt(theirs, lost.field),
          by: document.author,
          at: now,
        });
      }
    }
    await Promise.all([
      ...[...puts].map(([table, rows]) => table.bulkPut(rows)),
      ...[...deletes].map(([table, keys]) => table.bulkDelete(keys)),
      // A join cleared the revisions: it only puts its own, as one record.
      batch.replaceAll ? putJoinedRevisions(db, revisionPuts) : putTeamRevisions(db, revisionPuts),
      !batch.replaceAll && deleteTeamRevisions(db, revisionDeletes),
      settled.length > 0 && db.outbox.where('docId').anyOf(settled).delete(),
      notices.length > 0 && db.syncNotices.bulkAdd(notices),
    ]);
    await db.settings.put({ key: SETTING_KEYS.teamCheckpoint, value: batch.checkpoint });
  });
}

