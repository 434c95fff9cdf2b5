import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTestDatabase } from '../../../tests/helpers/testDatabase';
import { readTeamCheckpoint, writeTeamSync, type StoredActionLine, type TeamSyncSetting, type TrackerDatabase } from '../../db';
import { readTeamDocIds, readTeamRevisions } from '../../db/teamRevisions';
import { toTeamDocument } from '../../domain/sync';
import { JOIN_PAGE } from './teamJoin';
import { joinTeamOffThread } from './teamJoinClient';

const ED: TeamSyncSetting = { address: '/couchdb/t', user: 'ed', roles: ['tracker-editor'] };
const DATABASE_URL = 'http://localhost/couchdb/t';
const pageUrl = (since: string) => `${DATABASE_URL}/_changes?include_docs=true&limit=${JOIN_PAGE}&since=${since}`;

async function storedLine(db: TrackerDatabase, code: string): Promise<StoredActionLine> {
  const line = await db.actionLines.get(code);
  if (!line) throw new Error(`Line ${code} is not stored.`);
  return line;
}

/** A team database whose `_changes` answers each `since` with its page; the URLs it was asked for. */
function teamAnsweringPages(pages: Record<string, { results: unknown[]; last_seq: string }>): string[] {
  const asked: string[] = [];
  vi.stubGlobal('fetch', (url: string) => {
    asked.push(url);
    const page = pages[new URL(url).searchParams.get('since') ?? ''];
    return Promise.resolve(page ? new Response(JSON.stringify(page), { status: 200 }) : new Response('{"error":"not_found"}', { status: 404 }));
  });
  return asked;
}

/** A team database whose `_changes` answers with `results` in one page. */
function teamAnswering(results: unknown[], lastSeq: string): string[] {
  return teamAnsweringPages({ '0': { results, last_seq: lastSeq } });
}

function lineRow(line: StoredActionLine, rev: string) {
  return { id: `line:${line.code}`, changes: [{ rev }], doc: { ...toTeamDocument({ kind: 'line', record: line }, 'ann', null), _rev: rev } };
}

describe('joinTeamOffThread (joining a team, in-thread where there are no workers)', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("replaces this tracker with the team's documents, sets an invalid one aside, skips design documents and stores the checkpoint", async () => {
    const db = createTestDatabase();
    await writeTeamSync(db, ED);
    const teams = { ...(await storedLine(db, 'M1')), notes: 'The team’s notes', updatedAt: '2026-03-01T10:00:00.000Z', updatedBy: 'ann' };
    const asked = teamAnswering(
      [
        { id: '_design/tracker', changes: [{ rev: '1-d' }], doc: { _id: '_design/tracker', _rev: '1-d' } },
        { id: 'line:M1', changes: [{ rev: '3-a' }], doc: { ...toTeamDocument({ kind: 'line', record: teams }, 'ann', null), _rev: '3-a' } },
        { id: 'line:M2', changes: [{ rev: '1-b' }], doc: { _id: 'line:M2', _rev: '1-b', kind: 'line', record: { code: 'M2' }, author: 'ann' } },
        { id: 'line:M3', deleted: true, changes: [{ rev: '2-c' }] },
      ],
      '4-seq',
    );

    expect(await joinTeamOffThread(db, ED, DATABASE_URL, new AbortController().signal)).toBe(true);

    expect(asked).toEqual([pageUrl('0')]);
    expect(await db.actionLines.toArray()).toEqual([teams]);
    expect(await readTeamDocIds(db)).toEqual(['line:M1']);
    expect(await readTeamRevisions(db, ['line:M1'])).toEqual([{ docId: 'line:M1', rev: '3-a' }]);
    expect(await db.syncNotices.toArray()).toEqual([expect.objectContaining({ kind: 'setAside', docId: 'line:M2' })]);
    expect(await readTeamCheckpoint(db)).toBe('4-seq');
  });

  it('leaves a team database with no records but deleted ones as it is, and keeps this tracker', async () => {
    const db = createTestDatabase();
    await writeTeamSync(db, ED);
    const before = await db.actionLines.toArray();
    teamAnswering(
      [
        { id: '_design/tracker', changes: [{ rev: '1-d' }], doc: { _id: '_design/tracker', _rev: '1-d' } },
        { id: 'line:M3', deleted: true, changes: [{ rev: '2-c' }] },
      ],
      '2-seq',
    );

    expect(await joinTeamOffThread(db, ED, DATABASE_URL, new AbortController().signal)).toBe(false);

    expect(await db.actionLines.toArray()).toEqual(before);
    expect(await readTeamDocIds(db)).toEqual([]);
    expect(await readTeamCheckpoint(db)).toBeNull();
  });

  it('reads the changes a page at a time, each from the one before, and keeps the latest revision of a document changed meanwhile', async () => {
    const db = createTestDatabase();
    await writeTeamSync(db, ED);
    const m1 = await storedLine(db, 'M1');
    const firstPage = Array.from({ length: JOIN_PAGE }, (_, index) => lineRow({ ...m1, code: `Z${index}` }, '1-a'));
    const changedMeanwhile = { ...m1, code: 'Z0', notes: 'Changed while the pages were read' };
    const asked = teamAnsweringPages({
      '0': { results: firstPage, last_seq: '500-seq' },
      '500-seq': { results: [lineRow(changedMeanwhile, '2-b')], last_seq: '501-seq' },
    });

    await joinTeamOffThread(db, ED, DATABASE_URL, new AbortController().signal);

    expect(asked).toEqual([pageUrl('0'), pageUrl('500-seq')]);
    expect(await db.actionLines.count()).toBe(JOIN_PAGE);
    expect(await storedLine(db, 'Z0')).toEqual(changedMeanwhile);
    expect(await readTeamRevisions(db, ['line:Z0'])).toEqual([{ docId: 'line:Z0', rev: '2-b' }]);
    expect(await readTeamCheckpoint(db)).toBe('501-seq');
  });

  it('throws the server’s refusal as a CouchError and writes nothing', async () => {
    const db = createTestDatabase();
    await writeTeamSync(db, ED);
    const before = await db.actionLines.toArray();
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('{"error":"unauthorized","reason":"Session expired."}', { status: 401 })));

    await expect(joinTeamOffThread(db, ED, DATABASE_URL, new AbortController().signal)).rejects.toMatchObject({ name: 'CouchError', failure: 'unauthorized', message: 'Session expired.' });

    expect(await db.actionLines.toArray()).toEqual(before);
    expect(await readTeamCheckpoint(db)).toBeNull();
  });

  it('writes nothing for a person who signed out meanwhile', async () => {
    const db = createTestDatabase();
    const before = await db.actionLines.toArray();
    teamAnswering([lineRow({ ...(await storedLine(db, 'M1')), notes: 'The team’s notes' }, '1-a')], '1');

    await expect(joinTeamOffThread(db, ED, DATABASE_URL, new AbortController().signal)).rejects.toMatchObject({ name: 'LeftTeamError' });

    expect(await db.actionLines.toArray()).toEqual(before);
    expect(await readTeamCheckpoint(db)).toBeNull();
  });
});
