import { describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../tests/helpers/testDatabase';
import { readTeamCheckpoint, writeTeamSync, type StoredActionLine, type TeamSyncSetting, type TrackerDatabase } from '../../db';
import { toTeamDocument } from '../../domain/sync';
import { replaceWithTeam } from './teamJoinClient';

const ED: TeamSyncSetting = { address: '/couchdb/t', user: 'ed', roles: ['tracker-editor'] };

async function storedLine(db: TrackerDatabase, code: string): Promise<StoredActionLine> {
  const line = await db.actionLines.get(code);
  if (!line) throw new Error(`Line ${code} is not stored.`);
  return line;
}

/** A `_changes` answer's bytes, as the engine hands them over. */
function changesBytes(results: unknown[], lastSeq: string): ArrayBuffer {
  const bytes = new TextEncoder().encode(JSON.stringify({ results, last_seq: lastSeq }));
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
}

describe('replaceWithTeam (joining a team)', () => {
  it("replaces this tracker with the team's documents, sets an invalid one aside, skips design documents and stores the checkpoint", async () => {
    const db = createTestDatabase();
    await writeTeamSync(db, ED);
    const teams = { ...(await storedLine(db, 'M1')), notes: 'The team’s notes', updatedAt: '2026-03-01T10:00:00.000Z', updatedBy: 'ann' };
    const line = { ...toTeamDocument({ kind: 'line', record: teams }, 'ann', null), _rev: '3-a' };
    const changes = changesBytes(
      [
        { id: '_design/tracker', changes: [{ rev: '1-d' }], doc: { _id: '_design/tracker', _rev: '1-d' } },
        { id: 'line:M1', changes: [{ rev: '3-a' }], doc: line },
        { id: 'line:M2', changes: [{ rev: '1-b' }], doc: { _id: 'line:M2', _rev: '1-b', kind: 'line', record: { code: 'M2' }, author: 'ann' } },
        { id: 'line:M3', deleted: true, changes: [{ rev: '2-c' }] },
      ],
      '4-seq',
    );

    await replaceWithTeam(db, ED, changes);

    expect(await db.actionLines.toArray()).toEqual([teams]);
    expect(await db.teamRevisions.toArray()).toEqual([{ docId: 'line:M1', rev: '3-a' }]);
    expect(await db.syncNotices.toArray()).toEqual([expect.objectContaining({ kind: 'setAside', docId: 'line:M2' })]);
    expect(await readTeamCheckpoint(db)).toBe('4-seq');
  });

  it('writes nothing for a person who signed out meanwhile', async () => {
    const db = createTestDatabase();
    const before = await db.actionLines.toArray();

    await expect(replaceWithTeam(db, ED, changesBytes([], '1'))).rejects.toMatchObject({ name: 'LeftTeamError' });

    expect(await db.actionLines.toArray()).toEqual(before);
    expect(await readTeamCheckpoint(db)).toBeNull();
  });
});
