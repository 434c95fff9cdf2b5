import type { DBCoreMutateRequest, DBCoreTable } from 'dexie';
import { describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../tests/helpers/testDatabase';
import { STATUSES, buildSeedActionLines, linesInStatus, type ActionLine, type Milestone } from '../domain';
import { generateKeyBetween } from 'fractional-indexing';
import { freshRanks } from '../domain/rank';
import type { StoredActionLine, TrackerDatabase } from './database';
import { moveActionLine } from './actionLineRepository';
import { moveMilestone } from './milestoneRepository';
import { movePriorityItem } from './priorityItemRepository';

interface Traffic {
  /** Records written (added, put or deleted) per table. */
  writes: Record<string, number>;
  /** Records read per table. */
  reads: Record<string, number>;
}

/** Counts every record each table reads and writes below Dexie, whatever API the code used. */
function countTraffic(db: TrackerDatabase): Traffic {
  const traffic: Traffic = { writes: {}, reads: {} };
  const add = (counts: Record<string, number>, table: string, records: number) => {
    counts[table] = (counts[table] ?? 0) + records;
  };
  db.use({
    stack: 'dbcore',
    name: 'countTraffic',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        const counted: DBCoreTable = {
          ...table,
          mutate: (request: DBCoreMutateRequest) => {
            add(traffic.writes, name, request.type === 'deleteRange' ? 1 : request.type === 'delete' ? request.keys.length : request.values.length);
            return table.mutate(request);
          },
          get: async (request) => {
            const record: unknown = await table.get(request);
            add(traffic.reads, name, record === undefined ? 0 : 1);
            return record;
          },
          getMany: async (request) => {
            const records = await table.getMany(request);
            add(traffic.reads, name, records.length);
            return records;
          },
          query: async (request) => {
            const response = await table.query(request);
            add(traffic.reads, name, response.result.length);
            return response;
          },
        };
        return counted;
      },
    }),
  });
  return traffic;
}

/** A board of 2,000 lines spread over the three columns, each with 10 milestones, and traffic counted from then on. */
async function largeBoard(): Promise<{ db: TrackerDatabase; traffic: Traffic }> {
  const db = createTestDatabase();
  const traffic = countTraffic(db);
  const [model] = buildSeedActionLines('2026-01-01T00:00:00.000Z');
  if (!model) throw new Error('The seed has lines.');
  const milestonesOf = (lineCode: string): Milestone[] =>
    freshRanks(10).map((rank, index) => ({ id: `${lineCode}-m${index}`, lineCode, title: `Step ${index}`, target: null, status: 'Ongoing', completedOn: null, rank, updatedAt: null, updatedBy: null }));
  const lines: StoredActionLine[] = STATUSES.flatMap((status, column) => {
    const count = [667, 667, 666][column] ?? 0;
    return freshRanks(count).map((rank, index) => ({ ...model, code: `L${column}-${index}`, status, rank, milestones: milestonesOf(`L${column}-${index}`) }));
  });
  await db.transaction('rw', db.actionLines, db.settings, async () => {
    await db.actionLines.clear();
    await db.actionLines.bulkAdd(lines);
    // A tracker in use has its device id: the first change ever made also writes it (author.ts).
    await db.settings.put({ key: 'deviceId', value: '01JEXAMPLEDEVICE0000000000' });
  });
  traffic.writes = {};
  traffic.reads = {};
  return { db, traffic };
}

const codesIn = async (db: TrackerDatabase, status: ActionLine['status']) => linesInStatus(await db.actionLines.toArray(), status).map((l) => l.code);

describe('a move on a 2,000-line board', () => {
  it('between columns writes the line and its history entry, and reads only the line and its new column', async () => {
    const { db, traffic } = await largeBoard();
    const ongoing = await codesIn(db, 'Ongoing');
    traffic.reads = {};
    await moveActionLine(db, 'L0-0', 'Ongoing', 300);
    expect(traffic.writes).toEqual({ actionLines: 1, historyEntries: 1 });
    // Two settings: the author's name and this device's id.
    expect(traffic.reads).toEqual({ actionLines: 1 + 667, settings: 3 });
    expect(await codesIn(db, 'Ongoing')).toEqual([...ongoing.slice(0, 300), 'L0-0', ...ongoing.slice(300)]);
  });

  it('between columns with the key the board planned reads only the line, and counts', async () => {
    const { db, traffic } = await largeBoard();
    const ongoing = linesInStatus(await db.actionLines.toArray(), 'Ongoing');
    const rank = generateKeyBetween(ongoing[299]?.rank ?? null, ongoing[300]?.rank ?? null);
    traffic.reads = {};
    await moveActionLine(db, 'L0-0', 'Ongoing', 300, { rank });
    expect(traffic.writes).toEqual({ actionLines: 1, historyEntries: 1 });
    expect(traffic.reads).toEqual({ actionLines: 1, settings: 3 });
    expect(await db.actionLines.get('L0-0')).toMatchObject({ status: 'Ongoing', rank, statusSource: 'person' });
    expect(await codesIn(db, 'Ongoing')).toEqual([...ongoing.slice(0, 300).map((l) => l.code), 'L0-0', ...ongoing.slice(300).map((l) => l.code)]);
    const [entry] = await db.historyEntries.toArray();
    expect(entry).toMatchObject({ field: 'status', from: 'To be started', to: 'Ongoing', lineCode: 'L0-0' });
  });

  it("between columns with a planned key that no longer fits (another tab's card took its place) reads the column and places the line at its index", async () => {
    const { db, traffic } = await largeBoard();
    const ongoing = linesInStatus(await db.actionLines.toArray(), 'Ongoing');
    const rank = generateKeyBetween(ongoing[299]?.rank ?? null, ongoing[300]?.rank ?? null);
    await db.actionLines.update('L0-1', { status: 'Ongoing', rank });
    traffic.reads = {};
    await moveActionLine(db, 'L0-0', 'Ongoing', 300, { rank });
    expect(traffic.reads).toEqual({ actionLines: 1 + 668, settings: 3 });
    const codes = await codesIn(db, 'Ongoing');
    expect(codes.slice(299, 302)).toEqual([ongoing[299]?.code, 'L0-0', 'L0-1']);
    expect((await db.actionLines.get('L0-0'))?.rank).not.toBe(rank);
  });

  it('within a column writes the line and its history entry', async () => {
    const { db, traffic } = await largeBoard();
    const ongoing = await codesIn(db, 'Ongoing');
    traffic.reads = {};
    await moveActionLine(db, 'L1-0', 'Ongoing', 10);
    expect(traffic.writes).toEqual({ actionLines: 1, historyEntries: 1 });
    expect(await codesIn(db, 'Ongoing')).toEqual([...ongoing.slice(1, 11), 'L1-0', ...ongoing.slice(11)]);
  });

  it('of a milestone or a priority item writes it and its history entry', async () => {
    const { db, traffic } = await largeBoard();
    await moveMilestone(db, { lineCode: 'L1-5', id: 'L1-5-m0' }, 7);
    // The line's record, which holds its milestones.
    expect(traffic.writes).toEqual({ actionLines: 1, historyEntries: 1 });
    expect(((await db.actionLines.get('L1-5'))?.milestones ?? []).map((m) => m.id.slice(-2))).toEqual([
      'm1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7', 'm0', 'm8', 'm9',
    ]);
    traffic.writes = {};
    await movePriorityItem(db, 'priority-m8', 0);
    expect(traffic.writes).toEqual({ priorityItems: 1, historyEntries: 1 });
  });

  it('into a column whose keys tie gives the column fresh keys in the same transaction', async () => {
    const { db, traffic } = await largeBoard();
    await db.actionLines.where('status').equals('Completed').modify({ rank: 'a0' });
    // A failed history write takes the fresh keys with it: one transaction.
    const fail = () => {
      throw new Error('injected failure');
    };
    db.historyEntries.hook('creating', fail);
    await expect(moveActionLine(db, 'L0-0', 'Completed', 1)).rejects.toThrow('injected failure');
    expect(new Set((await db.actionLines.where('status').equals('Completed').toArray()).map((l) => l.rank))).toEqual(new Set(['a0']));
    db.historyEntries.hook('creating').unsubscribe(fail);
    traffic.writes = {};
    await moveActionLine(db, 'L0-0', 'Completed', 1);
    expect(traffic.writes).toEqual({ actionLines: 666, historyEntries: 1 });
    const completed = linesInStatus(await db.actionLines.toArray(), 'Completed');
    expect(completed.map((l) => l.code).slice(0, 3)).toEqual(['L2-0', 'L0-0', 'L2-1']);
    expect(new Set(completed.map((l) => l.rank)).size).toBe(667);
  });
});
