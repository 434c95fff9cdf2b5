import { describe, expect, it } from 'vitest';
import { MAX_RANK_LENGTH, freshRanks, moveWithinGroup, placeAt, withPositions, withRanks, type RankedId } from './rank';
import { sortByRank } from './rankOrder';
import { SEED_PRIORITY_ITEMS, buildSeedActionLines } from './seed/resourceMobilizationStrategy';
import { STATUSES, type Status } from './status';
import type { PositionedRecords } from './types';

const group = (...ranks: string[]): RankedId[] => ranks.map((rank, index) => ({ id: `r${index}`, rank }));

describe('placeAt', () => {
  it('gives a key between the neighbours at the index, or before the first, or after the last', () => {
    const siblings = group('a0', 'a1', 'a2');
    for (const index of [0, 1, 2, 3]) {
      const { rank, rebalanced } = placeAt(siblings, index);
      expect(rebalanced).toEqual([]);
      expect(sortByRank([...siblings, { id: 'new', rank }]).map((record) => record.id).indexOf('new')).toBe(index);
    }
    expect(placeAt([], 0)).toEqual({ rank: 'a0', rebalanced: [] });
  });

  it('keeps a preferred key that still sits between the neighbours, and makes another one otherwise', () => {
    const siblings = group('a0', 'a2');
    expect(placeAt(siblings, 1, 'a1')).toEqual({ rank: 'a1', rebalanced: [] });
    const { rank } = placeAt(siblings, 0, 'a1');
    expect(rank < 'a0').toBe(true);
  });

  it('gives the group fresh keys when neighbours share a key', () => {
    const { rank, rebalanced } = placeAt(group('a0', 'a0', 'a0'), 1);
    expect(rank).toBe('a1');
    expect(rebalanced).toEqual([
      { id: 'r1', rank: 'a2' },
      { id: 'r2', rank: 'a3' },
    ]);
  });

  it('keeps keys short through 5,000 moves into the same gap, rebalancing about once in 290', () => {
    let records = freshRanks(20).map((rank, index) => ({ id: `r${index}`, rank }));
    let expected = records.map((record) => record.id);
    let rebalances = 0;
    let longest = 0;
    for (let step = 0; step < 5000; step += 1) {
      // The last record moves to second place: between the first and the one moved before it.
      const id = expected.at(-1) ?? '';
      const move = moveWithinGroup(sortByRank(records), id, 1);
      if (!move) throw new Error('The record moves.');
      if (move.rebalanced.length > 0) rebalances += 1;
      const changed = new Map([move.moved, ...move.rebalanced].map((record) => [record.id, record]));
      records = records.map((record) => changed.get(record.id) ?? record);
      expected = [expected[0] ?? '', id, ...expected.slice(1, -1)];
      longest = Math.max(longest, move.moved.rank.length);
      expect(sortByRank(records).map((record) => record.id)).toEqual(expected);
    }
    expect(longest).toBeLessThanOrEqual(MAX_RANK_LENGTH);
    expect(Math.max(...records.map((record) => record.rank.length))).toBeLessThanOrEqual(MAX_RANK_LENGTH);
    expect(rebalances).toBeGreaterThan(0);
    expect(rebalances).toBeLessThanOrEqual(5000 / 250);
  });
});

describe('fresh keys', () => {
  it('are the keys the seed writes out, so seeding needs no key generation', () => {
    const lines = buildSeedActionLines('2026-01-01T00:00:00.000Z');
    for (const status of STATUSES) {
      const column = lines.filter((line) => line.status === status);
      expect(column.map((line) => line.rank)).toEqual(freshRanks(column.length));
    }
    expect(SEED_PRIORITY_ITEMS.map((item) => item.rank)).toEqual(freshRanks(SEED_PRIORITY_ITEMS.length));
  });
});

describe('positions and keys', () => {
  const [lineFields] = withPositions({ actionLines: buildSeedActionLines('2026-01-01T00:00:00.000Z'), milestones: [], priorityItems: [] }).actionLines;
  if (!lineFields) throw new Error('The seed has lines.');
  const line = (code: string, status: Status, order: number) => ({ ...lineFields, code, status, order });
  const milestone = (id: string, lineCode: string, order: number) => ({ id, lineCode, title: id, target: null, status: 'Ongoing' as const, completedOn: null, order, updatedAt: null, updatedBy: null });
  const positioned: PositionedRecords = {
    actionLines: [line('B', 'Ongoing', 3), line('A', 'Ongoing', 3), line('C', 'Ongoing', 0), line('D', 'Completed', 7)],
    milestones: [milestone('m2', 'A', 5), milestone('m1', 'A', 1), milestone('m3', 'B', 9)],
    priorityItems: [],
  };

  it('turn positions into fresh keys per group, in position order with ties by code or id, and back into positions 0..n-1', () => {
    const ranked = withRanks(positioned);
    expect(Object.fromEntries(ranked.actionLines.map((line) => [line.code, line.rank]))).toEqual({ C: 'a0', A: 'a1', B: 'a2', D: 'a0' });
    expect(ranked.actionLines.every((line) => !('order' in line))).toBe(true);
    expect(Object.fromEntries(ranked.milestones.map((milestone) => [milestone.id, milestone.rank]))).toEqual({ m1: 'a0', m2: 'a1', m3: 'a0' });
    const back = withPositions(ranked);
    expect(Object.fromEntries(back.actionLines.map((line) => [line.code, line.order]))).toEqual({ C: 0, A: 1, B: 2, D: 0 });
    expect(back.milestones.map((milestone) => [milestone.id, milestone.order])).toEqual([
      ['m2', 1],
      ['m1', 0],
      ['m3', 0],
    ]);
    expect(back.milestones[0]).toEqual({ ...positioned.milestones[0], order: 1 });
  });
});
