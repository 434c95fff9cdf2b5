import { describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../tests/helpers/testDatabase';
import { updateActionLine } from './actionLineEdits';
import type { StoredActionLine, TrackerDatabase } from './database';
import { applyPulled, readOutbox, type PulledDocument } from './teamSyncRepository';
import { leaveTeam, writeTeamSync } from './teamSyncRecords';
import type { TeamSyncSetting } from './teamSyncSetting';
import { readTeamDocIds, readTeamRevisions } from './teamRevisions';

const ED: TeamSyncSetting = { address: '/couchdb/t', user: 'ed', roles: ['tracker-editor'] };

async function storedLine(db: TrackerDatabase, code: string): Promise<StoredActionLine> {
  const line = await db.actionLines.get(code);
  if (!line) throw new Error(`Line ${code} is not stored.`);
  return line;
}

function lineDoc(record: StoredActionLine, rev: string): PulledDocument {
  return { id: `line:${record.code}`, rev, deleted: false, author: 'ann', value: { kind: 'line', record }, overruled: [] };
}

/** A browser that joined a team of three lines, M1 to M3, each at revision 1. */
async function joinedDatabase(): Promise<TrackerDatabase> {
  const db = createTestDatabase();
  await writeTeamSync(db, ED);
  const lines = await Promise.all(['M1', 'M2', 'M3'].map((code) => storedLine(db, code)));
  await applyPulled(db, ED, { documents: lines.map((line) => lineDoc(line, `1-${line.code}`)), setAside: [], checkpoint: '3', replaceAll: true });
  return db;
}

describe("a join's revisions", () => {
  it('are kept as one record, and each reads back as the team’s revision of a record stored as the team has it', async () => {
    const db = await joinedDatabase();
    expect(await db.teamRevisions.count()).toBe(1);
    expect(await readTeamDocIds(db)).toEqual(['line:M1', 'line:M2', 'line:M3']);
    expect(await readTeamRevisions(db, ['line:M2', 'line:M9'])).toEqual([{ docId: 'line:M2', rev: '1-M2' }, undefined]);
  });

  it('give way to a later pull of the same record', async () => {
    const db = await joinedDatabase();
    const m1 = await storedLine(db, 'M1');
    await applyPulled(db, ED, { documents: [lineDoc({ ...m1, notes: 'Theirs' }, '2-M1')], setAside: [], checkpoint: '4' });
    expect(await readTeamRevisions(db, ['line:M1', 'line:M2'])).toEqual([
      { docId: 'line:M1', rev: '2-M1' },
      { docId: 'line:M2', rev: '1-M2' },
    ]);
    expect(await readTeamDocIds(db)).toHaveLength(3);
  });

  it('forget a record the team deleted after the join, and keep the others', async () => {
    const db = await joinedDatabase();
    await applyPulled(db, ED, { documents: [{ id: 'line:M2', rev: '2-M2', deleted: true }], setAside: [], checkpoint: '4' });
    expect(await readTeamRevisions(db, ['line:M2'])).toEqual([undefined]);
    expect(await readTeamDocIds(db)).toEqual(['line:M1', 'line:M3']);
  });

  it('are what a change made here is pushed on, with the record as the team had it kept as the merge base', async () => {
    const db = await joinedDatabase();
    const before = await storedLine(db, 'M3');
    await updateActionLine(db, 'M3', { notes: 'Mine' });
    expect(await readTeamRevisions(db, ['line:M3'])).toEqual([{ docId: 'line:M3', rev: '1-M3', base: before }]);
    const [waiting] = await readOutbox(db);
    expect(waiting).toMatchObject({ docId: 'line:M3', rev: '1-M3', record: expect.objectContaining({ notes: 'Mine' }) });
  });

  it('go when the person leaves the team', async () => {
    const db = await joinedDatabase();
    await leaveTeam(db);
    expect(await readTeamDocIds(db)).toEqual([]);
  });
});
