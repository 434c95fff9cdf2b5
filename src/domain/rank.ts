import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';
import { linesInStatus } from './moves';
import { compareRanked, compareText } from './rankOrder';
import type { Indicator } from './indicators';
import type { ActionLine, OrderedRecords, Positioned, PositionedRecords } from './types';

/*
 * The making of fractional keys, with fractional-indexing: a record moves by taking a key between
 * its new neighbours', so a move writes that record and nothing else, at any size. This module is
 * imported by path, never through the domain's index, and only by code that runs once something
 * moves (the first move, undo, the panel, the priorities, snapshots, the database upgrade): the
 * board's first load has no room for the library (1.3 kB gzip).
 */

/**
 * The longest key a placement writes. Moving records again and again into the same gap adds a
 * character every six moves or so; past this length (about 290 moves into one gap) the group gets
 * fresh, short keys instead, in the same write.
 */
export const MAX_RANK_LENGTH = 50;

export interface RankedId {
  id: string;
  rank: string;
}

/** Where a record goes: its key, and the new keys of its group's other records when the group had to be given fresh ones. */
export interface Placement {
  rank: string;
  /** Empty but for a rebalance: then every sibling whose key changed. */
  rebalanced: RankedId[];
}

/** `count` fresh keys in ascending order, evenly spaced and short (two characters for up to 62). */
export function freshRanks(count: number): string[] {
  return generateNKeysBetween(null, null, count);
}

/**
 * The key for a record placed at `index` (clamped) among `siblings`, given in their order without
 * the record itself. `preferred` (an undone move's old key) is kept when it still sits between the
 * neighbours at that index. When neighbours share a key or the new key would be too long, the whole
 * group gets fresh keys (the rebalance), which the caller writes in the same transaction.
 */
export function placeAt(siblings: readonly RankedId[], index: number, preferred?: string): Placement {
  const at = Math.max(0, Math.min(index, siblings.length));
  const before = siblings[at - 1]?.rank ?? null;
  const after = siblings[at]?.rank ?? null;
  const fits = (rank: string) => (before === null || before < rank) && (after === null || rank < after);
  if (preferred !== undefined && fits(preferred)) return { rank: preferred, rebalanced: [] };
  if (before === null || after === null || before < after) {
    const rank = generateKeyBetween(before, after);
    if (rank.length <= MAX_RANK_LENGTH) return { rank, rebalanced: [] };
  }
  const keys = freshRanks(siblings.length + 1);
  const rebalanced = siblings
    .map((sibling, position) => ({ id: sibling.id, rank: keys[position < at ? position : position + 1] ?? sibling.rank }))
    .filter((sibling, position) => sibling.rank !== siblings[position]?.rank);
  return { rank: keys[at] ?? '', rebalanced };
}

/** A key after `last`, or the first key of an empty group: placing a record last never needs a rebalance. */
export function rankAfter(last: string | null): string {
  return generateKeyBetween(last, null);
}

/** The records of a group that a placement's rebalance gave new keys, with those keys. */
export function rebalancedRecords<T extends { rank: string }>(group: readonly T[], idOf: (record: T) => string, placement: Placement): T[] {
  const ranks = new Map(placement.rebalanced.map(({ id, rank }) => [id, rank]));
  return group.flatMap((record) => {
    const rank = ranks.get(idOf(record));
    return rank === undefined ? [] : [{ ...record, rank }];
  });
}

/** A record moved within its group: its old and new positions, it with its new key, and the records a rebalance gave new keys. */
export interface GroupMove<T> {
  from: number;
  to: number;
  moved: T;
  rebalanced: T[];
}

/** Moves the record `id` of `group` (in order) to position `toIndex` (clamped); null if it is not there or is there already. */
export function moveWithinGroup<T extends RankedId>(group: readonly T[], id: string, toIndex: number): GroupMove<T> | null {
  const from = group.findIndex((record) => record.id === id);
  const moving = group[from];
  const others = group.filter((record) => record.id !== id);
  const to = Math.max(0, Math.min(toIndex, others.length));
  if (!moving || to === from) return null;
  const placement = placeAt(others, to);
  return { from, to, moved: { ...moving, rank: placement.rank }, rebalanced: rebalancedRecords(others, (record) => record.id, placement) };
}

/** Where a line moved to `toIndex` of the `toStatus` column goes; `lines` may be the whole board or that column. */
export function planLineMove(
  lines: readonly Pick<ActionLine, 'code' | 'status' | 'rank'>[],
  code: string,
  toStatus: ActionLine['status'],
  toIndex: number,
  preferred?: string,
): Placement {
  const siblings = linesInStatus(lines, toStatus)
    .filter((line) => line.code !== code)
    .map((line) => ({ id: line.code, rank: line.rank }));
  return placeAt(siblings, toIndex, preferred);
}

/** Fresh keys for records placed by position: per group, in position order (ties by id). */
function ranksFromPositions<T extends { order: number }>(
  records: readonly T[],
  groupOf: (record: T) => string,
  idOf: (record: T) => string,
): Map<string, string> {
  const groups = new Map<string, T[]>();
  for (const record of records) {
    const group = groups.get(groupOf(record));
    if (group) group.push(record);
    else groups.set(groupOf(record), [record]);
  }
  const ranks = new Map<string, string>();
  for (const group of groups.values()) {
    group.sort((a, b) => a.order - b.order || compareText(idOf(a), idOf(b)));
    const keys = freshRanks(group.length);
    group.forEach((record, position) => ranks.set(idOf(record), keys[position] ?? ''));
  }
  return ranks;
}

/** A copy of `record` placed by `place` (a key or a position) instead of the other. */
function placedBy<T>(record: object, place: { rank: string } | { order: number }): T {
  const copy: Record<string, unknown> = { ...record, ...place };
  delete copy['rank' in place ? 'order' : 'rank'];
  return copy as T;
}

/**
 * The records with their positions turned into fresh keys (lines per status column, milestones per
 * line, priority items in one list): for a snapshot being imported and a version 2 database.
 */
export function withRanks({ actionLines, milestones, priorityItems }: PositionedRecords): OrderedRecords {
  const lines = ranksFromPositions(actionLines, (line) => line.status, (line) => line.code);
  const lineMilestones = ranksFromPositions(milestones, (milestone) => milestone.lineCode, (milestone) => milestone.id);
  const items = ranksFromPositions(priorityItems, () => '', (item) => item.id);
  return {
    actionLines: actionLines.map((line) => placedBy(line, { rank: lines.get(line.code) ?? '' })),
    milestones: milestones.map((milestone) => placedBy(milestone, { rank: lineMilestones.get(milestone.id) ?? '' })),
    priorityItems: priorityItems.map((item) => placedBy(item, { rank: items.get(item.id) ?? '' })),
  };
}

/** Each record's 0-based position in its group, in key order. */
function positionsOf<T extends { rank: string }>(records: readonly T[], groupOf: (record: T) => string, idOf: (record: T) => string): Map<string, number> {
  const positions = new Map<string, number>();
  const next = new Map<string, number>();
  for (const record of [...records].sort(compareRanked(idOf))) {
    const group = groupOf(record);
    const position = next.get(group) ?? 0;
    next.set(group, position + 1);
    positions.set(idOf(record), position);
  }
  return positions;
}

/**
 * The records with their keys turned into positions (lines per status column, milestones per
 * line, priority items in one list), as a snapshot file carries them: equal orders give equal
 * files, whatever the keys. (No key is made here; it sits beside withRanks, its inverse.)
 */
export function withPositions({ actionLines, milestones, priorityItems }: OrderedRecords): PositionedRecords {
  const lines = positionsOf(actionLines, (line) => line.status, (line) => line.code);
  const lineMilestones = positionsOf(milestones, (milestone) => milestone.lineCode, (milestone) => milestone.id);
  const items = positionsOf(priorityItems, () => '', (item) => item.id);
  return {
    actionLines: actionLines.map((line) => placedBy(line, { order: lines.get(line.code) ?? 0 })),
    milestones: milestones.map((milestone) => placedBy(milestone, { order: lineMilestones.get(milestone.id) ?? 0 })),
    priorityItems: priorityItems.map((item) => placedBy(item, { order: items.get(item.id) ?? 0 })),
  };
}

/** Indicators, one list, with their positions turned into fresh keys: withRanks for a snapshot's indicators. */
export function indicatorsWithRanks(indicators: readonly Positioned<Indicator>[]): Indicator[] {
  const ranks = ranksFromPositions(indicators, () => '', (indicator) => indicator.id);
  return indicators.map((indicator) => placedBy(indicator, { rank: ranks.get(indicator.id) ?? '' }));
}

/** Indicators with their keys turned into positions, as a snapshot file carries them: withPositions for indicators. */
export function indicatorsWithPositions(indicators: readonly Indicator[]): Positioned<Indicator>[] {
  const positions = positionsOf(indicators, () => '', (indicator) => indicator.id);
  return indicators.map((indicator) => placedBy(indicator, { order: positions.get(indicator.id) ?? 0 }));
}
