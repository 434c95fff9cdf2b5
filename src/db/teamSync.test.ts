import { describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../tests/helpers/testDatabase';
import type { Milestone, PriorityItem } from '../domain';
import { updateActionLine } from './actionLineEdits';
import { writeAuthorName } from './author';
import type { StoredActionLine, TrackerDatabase } from './database';
import { keepMyValue } from './keepMyValue';
import { updateMilestone } from './milestoneRepository';
import { addPriorityItem, deletePriorityItem } from './priorityItemRepository';
import { seedPendingIndicators } from './seedIndicators';
import { readSettings } from './readRepository';
import { readTracker, replaceTrackerWithBackup } from './snapshotRepository';
import { KIND_OF_TABLE } from './teamDocIds';
import { readTeamDocIds, readTeamRevisions } from './teamRevisions';
import { applyPulled, enqueueWholeTracker, markPushed, readOutbox, revertRefused, type PulledDocument } from './teamSyncRepository';
import { leaveTeam, readTeamCheckpoint, writeTeamSync } from './teamSyncRecords';
import type { TeamSyncSetting } from './teamSyncSetting';
import { writeReportingDate } from './trackerSettingWrite';

const LOCAL_AT = '2026-03-01T10:00:00.000Z';
const EARLIER = '2026-03-01T09:00:00.000Z';
const LATER = '2026-03-01T11:00:00.000Z';

/** Who sync runs for in these tests: the engine passes its setting to every write. */
const ED: TeamSyncSetting = { address: '/couchdb/t', user: 'ed', roles: ['tracker-editor'] };

/** A tracker with team sync on for 'ed', with the roles given. */
async function syncedDatabase(roles: string[] = ED.roles): Promise<TrackerDatabase> {
  const db = createTestDatabase();
  await writeTeamSync(db, { ...ED, roles });
  return db;
}

async function storedLine(db: TrackerDatabase, code: string): Promise<StoredActionLine> {
  const line = await db.actionLines.get(code);
  if (!line) throw new Error(`Line ${code} is not stored.`);
  return line;
}

async function outboxDocIds(db: TrackerDatabase): Promise<string[]> {
  return (await db.outbox.orderBy('seq').toArray()).map((entry) => entry.docId);
}

function lineDoc(record: StoredActionLine, rev: string, author = 'ann', overruled: { field: string; value: unknown; by: string }[] = []): PulledDocument {
  return { id: `line:${record.code}`, rev, deleted: false, author, value: { kind: 'line', record }, overruled };
}

function pull(db: TrackerDatabase, ...documents: PulledDocument[]): Promise<void> {
  return applyPulled(db, ED, { documents, setAside: [], checkpoint: `checkpoint-${documents.map((doc) => doc.rev).join(',')}`, now: LATER });
}

/** Every table's records, for "nothing changed" comparisons. */
async function dump(db: TrackerDatabase) {
  return Object.fromEntries(await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()] as const)));
}

/** Every record of the synced tables, and every tracker setting, as its team document id. */
async function everyRecordDocId(db: TrackerDatabase): Promise<string[]> {
  const ids = await Promise.all(
    Object.entries(KIND_OF_TABLE).map(async ([name, kind]) => (await db.table<unknown, string>(name).toCollection().primaryKeys()).map((key) => `${kind}:${key}`)),
  );
  const settings = (await db.settings.bulkGet(['reportingDate', 'seededAt', 'strategy'])).flatMap((setting) => (setting ? [`setting:${setting.key}`] : []));
  return [...ids.flat(), ...settings].sort();
}

function reportingDateDoc(value: string, rev: string, updatedAt: string, author = 'ann'): PulledDocument {
  return { id: 'setting:reportingDate', rev, deleted: false, author, value: { kind: 'setting', record: { key: 'reportingDate', value, updatedAt, updatedBy: author } }, overruled: [] };
}

function milestone(id: string, title: string, rank: string): Milestone {
  return { id, lineCode: 'M1', title, target: null, status: 'Ongoing', completedOn: null, rank, updatedAt: null, updatedBy: null };
}

/** M1 known at rev '1-a' as stored (the base), then its notes changed here, waiting in the outbox. */
async function knownThenChangedHere(db: TrackerDatabase): Promise<StoredActionLine> {
  const base = await storedLine(db, 'M1');
  await pull(db, lineDoc(base, '1-a'));
  await updateActionLine(db, 'M1', { notes: 'Mine' }, { now: LOCAL_AT });
  return base;
}

describe('recorded writes with team sync', () => {
  it('writes no outbox entry while team sync is off', async () => {
    const db = createTestDatabase();
    await updateActionLine(db, 'M1', { notes: 'Local only' });
    expect((await storedLine(db, 'M1')).notes).toBe('Local only');
    expect(await db.historyEntries.count()).toBe(1);
    expect(await db.outbox.count()).toBe(0);
  });

  it('puts the line and its new history entry in the outbox, under the team user', async () => {
    const db = await syncedDatabase();
    await writeAuthorName(db, 'Someone else');
    await updateActionLine(db, 'M1', { notes: 'Shared' }, { now: LOCAL_AT });
    const entries = await db.historyEntries.toArray();
    expect(entries).toMatchObject([{ field: 'notes', to: 'Shared', author: 'ed' }]);
    expect((await outboxDocIds(db)).sort()).toEqual([`history:${entries[0]?.id}`, 'line:M1']);
    expect(await storedLine(db, 'M1')).toMatchObject({ notes: 'Shared', updatedAt: LOCAL_AT, updatedBy: 'ed' });
  });

  it('writes neither the change nor an outbox entry when the write is refused or fails', async () => {
    const db = await syncedDatabase();
    const before = await storedLine(db, 'M1');
    await expect(updateActionLine(db, 'M1', { notes: 'Stale' }, { expected: { notes: 'not stored' } })).rejects.toMatchObject({ name: 'StaleWriteError' });
    db.outbox.hook('creating', () => {
      throw new Error('injected failure');
    });
    await expect(updateActionLine(db, 'M1', { notes: 'Lost' })).rejects.toThrow('injected failure');
    expect(await storedLine(db, 'M1')).toEqual(before);
    expect(await db.historyEntries.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it("refuses a reader's change, changing nothing", async () => {
    const db = await syncedDatabase(['tracker-reader']);
    const before = await dump(db);
    await expect(updateActionLine(db, 'M1', { notes: 'Not allowed' })).rejects.toMatchObject({ name: 'ReadOnlyTeamError' });
    expect(await dump(db)).toEqual(before);
    expect((await storedLine(db, 'M1')).notes).not.toBe('Not allowed');
  });
});

describe('readOutbox and markPushed', () => {
  it('reads each waiting record once with its last entry, current value and revision; marks only what was read', async () => {
    const db = await syncedDatabase();
    const base = await storedLine(db, 'M1');
    await pull(db, lineDoc(base, '1-a'));
    expect(await db.teamRevisions.get('line:M1')).toEqual({ docId: 'line:M1', rev: '1-a' });
    await updateActionLine(db, 'M1', { notes: 'First' });
    await updateActionLine(db, 'M1', { notes: 'Second' });
    // The first change here kept the team's value as the base; the second left it as it was.
    expect(await db.teamRevisions.get('line:M1')).toEqual({ docId: 'line:M1', rev: '1-a', base });
    const itemId = (await db.priorityItems.toCollection().first())?.id ?? '';
    await deletePriorityItem(db, itemId);
    const outbox = await db.outbox.toArray();
    const items = await readOutbox(db);
    expect(items.map((item) => item.docId).sort()).toEqual([...new Set(outbox.map((entry) => entry.docId))].sort());
    const line = items.find((item) => item.docId === 'line:M1');
    const lastLineSeq = Math.max(...outbox.filter((entry) => entry.docId === 'line:M1').map((entry) => entry.seq ?? 0));
    expect(line).toEqual({ docId: 'line:M1', upToSeq: lastLineSeq, kind: 'line', record: await storedLine(db, 'M1'), rev: '1-a', overruled: [], overruledNoticeIds: [] });
    expect(items.find((item) => item.docId === `priorityItem:${itemId}`)).toMatchObject({ kind: 'priorityItem', record: null, rev: null });

    await updateActionLine(db, 'M1', { notes: 'Third, after the read' });
    await markPushed(db, ED, items.map(({ docId, upToSeq, record }) => ({ docId, upToSeq, rev: `2-${docId}`, record, overruledNoticeIds: [] })));
    const waiting = await outboxDocIds(db);
    expect(waiting).toHaveLength(2);
    expect(waiting).toContain('line:M1');
    expect(await db.teamRevisions.get('line:M1')).toEqual({ docId: 'line:M1', rev: '2-line:M1', base: line?.record });
    expect(await db.teamRevisions.get(`priorityItem:${itemId}`)).toEqual({ docId: `priorityItem:${itemId}`, rev: `2-priorityItem:${itemId}`, base: null });
  });
});

describe('applyPulled', () => {
  it('writes a record that does not wait as pulled, with its revision (no base: the record is the base) and the checkpoint', async () => {
    const db = await syncedDatabase();
    const pulled = { ...(await storedLine(db, 'M2')), leadUnit: 'Pulled unit', updatedAt: LATER, updatedBy: 'ann' };
    await pull(db, lineDoc(pulled, '3-c'));
    expect(await storedLine(db, 'M2')).toEqual(pulled);
    expect(await db.teamRevisions.get('line:M2')).toEqual({ docId: 'line:M2', rev: '3-c' });
    expect(await readTeamCheckpoint(db)).toBe('checkpoint-3-c');

    await pull(db, lineDoc({ ...pulled, leadUnit: 'Same revision' }, '3-c'));
    expect((await storedLine(db, 'M2')).leadUnit).toBe('Pulled unit');

    await pull(db, { id: 'line:M2', rev: '4-d', deleted: true });
    expect(await db.actionLines.get('M2')).toBeUndefined();
    expect(await db.teamRevisions.get('line:M2')).toBeUndefined();
  });

  it('sets invalid documents aside as notices, writing nothing else', async () => {
    const db = await syncedDatabase();
    const before = await dump(db);
    await applyPulled(db, ED, { documents: [], setAside: [{ id: 'line:M3', reason: 'record.title: Required.' }], checkpoint: '7', now: LATER });
    expect(await db.syncNotices.toArray()).toMatchObject([{ kind: 'setAside', docId: 'line:M3', field: '', theirs: 'record.title: Required.', at: LATER }]);
    const after = await dump(db);
    const settings = after.settings?.filter((setting: { key: string }) => setting.key !== 'teamCheckpoint');
    expect({ ...after, syncNotices: [], settings }).toEqual(before);
    expect(await readTeamCheckpoint(db)).toBe('7');
  });

  it('with replaceAll, clears the synced tables, the outbox and the revisions first', async () => {
    const db = await syncedDatabase();
    const m1 = await storedLine(db, 'M1');
    await pull(db, lineDoc(await storedLine(db, 'M2'), '1-a'));
    await updateActionLine(db, 'M4', { notes: 'Local' });
    await applyPulled(db, ED, { documents: [lineDoc(m1, '5-e')], setAside: [], checkpoint: '9', replaceAll: true });
    expect(await db.actionLines.toArray()).toEqual([m1]);
    expect(await db.areas.count()).toBe(0);
    expect(await db.priorityItems.count()).toBe(0);
    expect(await db.historyEntries.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
    expect(await readTeamDocIds(db)).toEqual(['line:M1']);
    expect(await readTeamRevisions(db, ['line:M1'])).toEqual([{ docId: 'line:M1', rev: '5-e' }]);
  });
});

describe('merging a pulled record with one waiting here', () => {
  it("keeps both sides' changes to different fields, still waiting, based on the new revision", async () => {
    const db = await syncedDatabase();
    const base = await knownThenChangedHere(db);
    const theirs = { ...base, leadUnit: 'Their unit', updatedAt: LATER, updatedBy: 'ann' };
    await pull(db, lineDoc(theirs, '2-b'));
    expect(await storedLine(db, 'M1')).toMatchObject({ notes: 'Mine', leadUnit: 'Their unit' });
    expect(await outboxDocIds(db)).toContain('line:M1');
    expect(await db.teamRevisions.get('line:M1')).toEqual({ docId: 'line:M1', rev: '2-b', base: theirs });
    expect(await db.syncNotices.count()).toBe(0);
  });

  it("keeps a colleague's later change of the same field and leaves a notice with mine", async () => {
    const db = await syncedDatabase();
    const base = await knownThenChangedHere(db);
    await pull(db, lineDoc({ ...base, notes: 'Theirs', updatedAt: LATER, updatedBy: 'ann' }, '2-b', 'ann'));
    expect((await storedLine(db, 'M1')).notes).toBe('Theirs');
    expect(await db.syncNotices.toArray()).toMatchObject([
      { kind: 'conflict', docId: 'line:M1', lineCode: 'M1', field: 'notes', mine: 'Mine', theirs: 'Theirs', by: 'ann', at: LATER },
    ]);
  });

  it("keeps my later change of the same field over a colleague's earlier one, and sends theirs with my next push for their notice", async () => {
    const db = await syncedDatabase();
    const base = await knownThenChangedHere(db);
    await pull(db, lineDoc({ ...base, notes: 'Theirs', updatedAt: EARLIER, updatedBy: 'ann' }, '2-b'));
    expect((await storedLine(db, 'M1')).notes).toBe('Mine');
    expect((await db.syncNotices.toArray()).map((notice) => notice.kind)).toEqual(['overruled']);
    const [item] = (await readOutbox(db)).filter((each) => each.docId === 'line:M1');
    expect(item?.overruled).toEqual([{ field: 'notes', value: 'Theirs', by: 'ann' }]);
    await markPushed(db, ED, [{ docId: 'line:M1', upToSeq: item?.upToSeq ?? 0, rev: '3-c', record: item?.record, overruledNoticeIds: item?.overruledNoticeIds ?? [] }]);
    expect(await db.syncNotices.count()).toBe(0);
  });

  it('shows a notice when a colleague’s merge overruled my value', async () => {
    const db = await syncedDatabase();
    const line = await storedLine(db, 'M1');
    await pull(db, lineDoc({ ...line, notes: 'Theirs' }, '3-c', 'ann', [{ field: 'notes', value: 'Mine', by: 'ed' }, { field: 'title', value: 'Not mine', by: 'bo' }]));
    const notices = await db.syncNotices.toArray();
    expect(notices).toMatchObject([{ kind: 'conflict', docId: 'line:M1', lineCode: 'M1', field: 'notes', mine: 'Mine', theirs: 'Theirs', by: 'ann' }]);
  });

  it('keeps changes to two different milestones of one line', async () => {
    const db = await syncedDatabase();
    const base = { ...(await storedLine(db, 'M1')), milestones: [milestone('ms-1', 'Draft', 'a0'), milestone('ms-2', 'Consult', 'a1')] };
    await pull(db, lineDoc(base, '1-a'));
    await updateMilestone(db, { lineCode: 'M1', id: 'ms-1' }, { title: 'Draft v2' }, { now: LOCAL_AT });
    const theirMilestones = base.milestones.map((each) => (each.id === 'ms-2' ? { ...each, title: 'Consult SAGs', updatedAt: LATER, updatedBy: 'ann' } : each));
    await pull(db, lineDoc({ ...base, milestones: theirMilestones, updatedAt: LATER }, '2-b'));
    expect((await storedLine(db, 'M1')).milestones.map((each) => [each.id, each.title])).toEqual([
      ['ms-1', 'Draft v2'],
      ['ms-2', 'Consult SAGs'],
    ]);
    expect(await db.syncNotices.count()).toBe(0);
  });
});

describe('keepMyValue', () => {
  async function withConflict(): Promise<{ db: TrackerDatabase; noticeId: string }> {
    const db = await syncedDatabase();
    const base = await knownThenChangedHere(db);
    await pull(db, lineDoc({ ...base, notes: 'Theirs', updatedAt: LATER, updatedBy: 'ann' }, '2-b'));
    await db.outbox.clear();
    const notice = await db.syncNotices.toCollection().first();
    if (!notice) throw new Error('The pull left no notice.');
    return { db, noticeId: notice.id };
  }

  it('writes my value back as a recorded, waiting change and removes the notice', async () => {
    const { db, noticeId } = await withConflict();
    await keepMyValue(db, noticeId, '2026-03-02T08:00:00.000Z');
    expect((await storedLine(db, 'M1')).notes).toBe('Mine');
    const entry = (await db.historyEntries.toArray()).find((each) => each.at === '2026-03-02T08:00:00.000Z');
    expect(entry).toMatchObject({ entity: 'actionLine', entityId: 'M1', lineCode: 'M1', field: 'notes', from: 'Theirs', to: 'Mine', author: 'ed' });
    expect(await db.syncNotices.count()).toBe(0);
    expect((await outboxDocIds(db)).sort()).toEqual([`history:${entry?.id}`, 'line:M1']);
  });

  it('changes nothing, the notice included, when part of the write fails', async () => {
    const { db, noticeId } = await withConflict();
    db.historyEntries.hook('creating', () => {
      throw new Error('injected failure');
    });
    await expect(keepMyValue(db, noticeId)).rejects.toThrow('injected failure');
    expect((await storedLine(db, 'M1')).notes).toBe('Theirs');
    expect(await db.syncNotices.get(noticeId)).toBeDefined();
    expect(await db.outbox.count()).toBe(0);
  });
});

describe('revertRefused', () => {
  it('puts back the base of a record the team refused and clears its outbox entries', async () => {
    const db = await syncedDatabase();
    const base = await knownThenChangedHere(db);
    const item = (await readOutbox(db)).find((each) => each.docId === 'line:M1');
    await revertRefused(db, ED, 'line:M1', item?.upToSeq ?? 0);
    expect(await storedLine(db, 'M1')).toEqual(base);
    expect(await outboxDocIds(db)).not.toContain('line:M1');
  });

  it('deletes a refused record the team never had', async () => {
    const db = await syncedDatabase();
    const added: PriorityItem = { id: 'new-item', lineCode: 'M1', text: 'Mine', milestone: 'Ongoing', target: 'Q1 2026', rank: 'z9', linkSource: 'person', updatedAt: null, updatedBy: null };
    await addPriorityItem(db, added);
    const item = (await readOutbox(db)).find((each) => each.docId === 'priorityItem:new-item');
    expect(item?.record).toMatchObject({ text: 'Mine' });
    await revertRefused(db, ED, 'priorityItem:new-item', item?.upToSeq ?? 0);
    expect(await db.priorityItems.get('new-item')).toBeUndefined();
    expect(await outboxDocIds(db)).not.toContain('priorityItem:new-item');
  });
});

describe('tracker settings with team sync', () => {
  it('sends the reporting date, stamped with its author, and refuses a reader', async () => {
    const db = await syncedDatabase();
    await writeReportingDate(db, '2026-06-30', undefined, LOCAL_AT);
    const [item] = await readOutbox(db);
    expect(item).toMatchObject({ docId: 'setting:reportingDate', kind: 'setting', rev: null });
    expect(item?.record).toEqual({ key: 'reportingDate', value: '2026-06-30', updatedAt: LOCAL_AT, updatedBy: 'ed' });
    await writeReportingDate(db, null, undefined, LATER);
    expect((await readOutbox(db))[0]?.record).toBeNull();

    const reader = await syncedDatabase(['tracker-reader']);
    await expect(writeReportingDate(reader, '2026-06-30')).rejects.toMatchObject({ name: 'ReadOnlyTeamError' });
    expect((await readSettings(reader)).reportingDate).toBeNull();
    expect(await reader.outbox.count()).toBe(0);
  });

  it("takes a colleague's reporting date, and keeps mine when we both set it and mine is later", async () => {
    const db = await syncedDatabase();
    await pull(db, reportingDateDoc('2026-06-30', '1-a', EARLIER));
    expect((await readSettings(db)).reportingDate).toBe('2026-06-30');
    expect(await db.outbox.count()).toBe(0);

    await writeReportingDate(db, '2026-09-30', undefined, LATER);
    expect(await db.teamRevisions.get('setting:reportingDate')).toEqual({
      docId: 'setting:reportingDate',
      rev: '1-a',
      base: { key: 'reportingDate', value: '2026-06-30', updatedAt: EARLIER, updatedBy: 'ann' },
    });
    await pull(db, reportingDateDoc('2026-07-15', '2-b', LOCAL_AT));
    expect((await readSettings(db)).reportingDate).toBe('2026-09-30');
    expect(await outboxDocIds(db)).toEqual(['setting:reportingDate']);
    expect(await db.syncNotices.toArray()).toEqual([expect.objectContaining({ kind: 'overruled', docId: 'setting:reportingDate', field: 'value', theirs: '2026-07-15' })]);
  });

  it("keeps a colleague's later reporting date with a notice, and 'Use mine' puts mine back to send", async () => {
    const db = await syncedDatabase();
    await pull(db, reportingDateDoc('2026-06-30', '1-a', EARLIER));
    await writeReportingDate(db, '2026-09-30', undefined, LOCAL_AT);
    await pull(db, reportingDateDoc('2026-07-15', '2-b', LATER));
    expect((await readSettings(db)).reportingDate).toBe('2026-07-15');
    const [notice] = await db.syncNotices.toArray();
    expect(notice).toMatchObject({ kind: 'conflict', lineCode: null, field: 'value', mine: '2026-09-30', theirs: '2026-07-15', by: 'ann' });
    await db.outbox.clear();

    await keepMyValue(db, notice?.id ?? '', '2026-03-02T08:00:00.000Z');
    expect(await db.settings.get('reportingDate')).toEqual({ key: 'reportingDate', value: '2026-09-30', updatedAt: '2026-03-02T08:00:00.000Z', updatedBy: 'ed' });
    expect(await db.syncNotices.count()).toBe(0);
    expect(await outboxDocIds(db)).toEqual(['setting:reportingDate']);
  });

  it("replaces this browser's settings with the team's when it joins, and leaves the local ones", async () => {
    const db = await syncedDatabase();
    await writeReportingDate(db, '2026-06-30');
    await applyPulled(db, ED, { documents: [reportingDateDoc('2026-12-31', '1-a', EARLIER)], setAside: [], checkpoint: '1', replaceAll: true });
    expect(await readSettings(db)).toEqual({ reportingDate: '2026-12-31', seededAt: null, strategy: null, reportingDateSetBy: { name: 'ann', at: EARLIER } });
    expect(await db.settings.get('teamSync')).toBeDefined();
    expect(await db.settings.get('deviceId')).toBeDefined();
  });
});

describe('replacing a synced tracker from a snapshot', () => {
  const backup = (id: string) => ({
    id,
    name: 'Automatic backup',
    createdAt: LATER,
    meta: { exportedAt: LATER, reportingDate: '2026-03-01', label: 'test', appVersion: '0.1.0' },
  });

  it("refuses an editor's import, changing nothing", async () => {
    const db = await syncedDatabase(['tracker-editor']);
    const data = await readTracker(db);
    const before = await dump(db);
    await expect(replaceTrackerWithBackup(db, data, backup('b-1'))).rejects.toMatchObject({ name: 'TeamAdminOnlyError' });
    expect(await dump(db)).toEqual(before);
  });

  it("enqueues every record of an admin's import, and a deletion for each team record now gone", async () => {
    const db = await syncedDatabase(['tracker-admin']);
    const gone = await db.priorityItems.toCollection().first();
    if (!gone) throw new Error('No priority item is seeded.');
    await applyPulled(db, ED, {
      documents: [
        { id: `priorityItem:${gone.id}`, rev: '1-a', deleted: false, author: 'ann', value: { kind: 'priorityItem', record: gone }, overruled: [] },
        lineDoc(await storedLine(db, 'M1'), '1-a'),
      ],
      setAside: [],
      checkpoint: '1',
    });
    const data = await readTracker(db);
    const m1 = await storedLine(db, 'M1');
    await replaceTrackerWithBackup(
      db,
      { ...data, actionLines: data.actionLines.map((line) => (line.code === 'M1' ? { ...line, notes: 'Imported' } : line)), priorityItems: data.priorityItems.filter((item) => item.id !== gone.id) },
      backup('b-2'),
    );
    expect((await storedLine(db, 'M1')).notes).toBe('Imported');
    // What the team had before the import stays the base of a later merge.
    expect(await db.teamRevisions.bulkGet(['line:M1', `priorityItem:${gone.id}`])).toEqual([
      { docId: 'line:M1', rev: '1-a', base: m1 },
      { docId: `priorityItem:${gone.id}`, rev: '1-a', base: gone },
    ]);
    expect(await db.priorityItems.get(gone.id)).toBeUndefined();
    const expected = [...(await everyRecordDocId(db)), `priorityItem:${gone.id}`].sort();
    expect((await outboxDocIds(db)).sort()).toEqual(expected);
  });
});

describe('enqueueWholeTracker', () => {
  it('puts one outbox entry for every record of every synced table', async () => {
    const db = createTestDatabase();
    await seedPendingIndicators(db);
    await updateActionLine(db, 'M1', { notes: 'Before the team' });
    const admin = { ...ED, roles: ['tracker-admin'] };
    await writeTeamSync(db, admin);
    await enqueueWholeTracker(db, admin);
    const expected = await everyRecordDocId(db);
    expect(await db.indicators.count()).toBeGreaterThan(0);
    expect(await db.indicatorPeriods.count()).toBeGreaterThan(0);
    expect(expected.filter((id) => id.startsWith('history:'))).toHaveLength(1);
    expect((await outboxDocIds(db)).sort()).toEqual(expected);
  });
});

describe('a sync round still running after its person left the team', () => {
  it('writes nothing once they signed out in another tab, or another person signed in here', async () => {
    const db = await syncedDatabase();
    await knownThenChangedHere(db);
    const [item] = await readOutbox(db);
    if (!item) throw new Error('M1 waits in the outbox.');
    const theirs = { ...(await storedLine(db, 'M2')), leadUnit: 'Pulled unit' };
    const writes = () => [
      applyPulled(db, ED, { documents: [lineDoc(theirs, '2-b')], setAside: [], checkpoint: '5' }),
      applyPulled(db, ED, { documents: [lineDoc(theirs, '2-b')], setAside: [], checkpoint: '5', replaceAll: true }),
      markPushed(db, ED, [{ docId: item.docId, upToSeq: item.upToSeq, rev: '2-c', record: item.record, overruledNoticeIds: [] }]),
      revertRefused(db, ED, item.docId, item.upToSeq),
      enqueueWholeTracker(db, ED),
    ];

    await leaveTeam(db);
    const afterLeaving = await dump(db);
    for (const write of writes()) await expect(write).rejects.toMatchObject({ name: 'LeftTeamError' });
    expect(await dump(db)).toEqual(afterLeaving);

    await writeTeamSync(db, { ...ED, user: 'ada' });
    const afterAdaSignedIn = await dump(db);
    for (const write of writes()) await expect(write).rejects.toMatchObject({ name: 'LeftTeamError' });
    expect(await dump(db)).toEqual(afterAdaSignedIn);
    expect(await readTeamCheckpoint(db)).toBeNull();
  });
});
