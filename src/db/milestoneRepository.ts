import { diffForHistory, sortByRank, type Milestone } from '../domain';
import { moveWithinGroup, rankAfter } from '../domain/rank';
import type { StoredActionLine, TrackerDatabase } from './database';
import { recordedWrite, storedRecord, type WriteOptions } from './recordedWrite';
import { StaleWriteError, assertUnchanged } from './staleWrite';

const MILESTONE_FIELDS = ['title', 'target', 'status', 'completedOn'] as const satisfies readonly (keyof Milestone)[];

export type MilestonePatch = Partial<Pick<Milestone, (typeof MILESTONE_FIELDS)[number]>>;

/** A milestone is found through its line, whose record holds it (StoredActionLine). */
export interface MilestoneRef {
  lineCode: string;
  id: string;
}

function historyContext(milestone: Milestone, at: string) {
  return { at, entity: 'milestone' as const, entityId: milestone.id, lineCode: milestone.lineCode };
}

const storedLine = (db: TrackerDatabase, lineCode: string) => storedRecord(db.actionLines, lineCode, 'Action line');

/*
 * Every write below reads the line's record and writes it back with one milestone changed, in the
 * transaction that reads it: a change another tab made to another milestone of the line meanwhile
 * is in what it reads, so it is kept.
 */
const withMilestones = (line: StoredActionLine, milestones: readonly Milestone[]): StoredActionLine => ({ ...line, milestones: sortByRank(milestones) });

function storedMilestone(line: StoredActionLine, id: string): Milestone {
  const milestone = line.milestones.find((m) => m.id === id);
  if (!milestone) throw new Error(`Milestone ${id} of ${line.code} does not exist.`);
  return milestone;
}

export function addMilestone(db: TrackerDatabase, milestone: Milestone, now: string = new Date().toISOString()): Promise<void> {
  return recordedWrite(db, db.actionLines, () => storedLine(db, milestone.lineCode), (line) => {
    // A redone add whose milestone is back already (another tab's undo) is refused as stale.
    if (line.milestones.some((m) => m.id === milestone.id)) throw new StaleWriteError('id');
    // Two quick adds can carry the same key; the later one goes to the end. An undone delete
    // keeps its old, free key, so it is back in its old place.
    const isTaken = line.milestones.some((sibling) => sibling.rank === milestone.rank);
    const rank = isTaken ? rankAfter(sortByRank(line.milestones).at(-1)?.rank ?? null) : milestone.rank;
    return {
      put: [withMilestones(line, [...line.milestones, { ...milestone, rank }])],
      history: [{ ...historyContext(milestone, now), field: 'milestone', from: null, to: milestone.title }],
    };
  });
}

export function updateMilestone(
  db: TrackerDatabase,
  { lineCode, id }: MilestoneRef,
  patch: MilestonePatch,
  { expected, now = new Date().toISOString() }: WriteOptions<Milestone> = {},
): Promise<void> {
  return recordedWrite(db, db.actionLines, () => storedLine(db, lineCode), (line) => {
    const before = storedMilestone(line, id);
    assertUnchanged(before, expected);
    const after = { ...before, ...patch };
    const entries = diffForHistory(before, after, MILESTONE_FIELDS, historyContext(before, now));
    return {
      put: [withMilestones(line, line.milestones.map((m) => (m.id === id ? after : m)))],
      history: entries.map((entry) => ({ ...entry, field: `milestone.${entry.field}` })),
    };
  });
}

/** Deletes a milestone; with `expected`, only if it still holds those values (an undone add). */
export function deleteMilestone(
  db: TrackerDatabase,
  { lineCode, id }: MilestoneRef,
  { expected, now = new Date().toISOString() }: WriteOptions<Milestone> = {},
): Promise<void> {
  return recordedWrite(db, db.actionLines, () => storedLine(db, lineCode), (line) => {
    const before = line.milestones.find((m) => m.id === id);
    if (!before) {
      if (expected) throw new StaleWriteError('id');
      return null;
    }
    assertUnchanged(before, expected);
    return {
      put: [withMilestones(line, line.milestones.filter((m) => m.id !== id))],
      history: [{ ...historyContext(before, now), field: 'milestone', from: before.title, to: null }],
    };
  });
}

/**
 * Moves a milestone to position `toIndex` among its line's, giving it a key between its new
 * neighbours', and records it. With `expectedIndex`, only if the milestone is still at that
 * position (0-based).
 */
export function moveMilestone(
  db: TrackerDatabase,
  { lineCode, id }: MilestoneRef,
  toIndex: number,
  { expectedIndex, now = new Date().toISOString() }: { expectedIndex?: number; now?: string } = {},
): Promise<void> {
  return recordedWrite(db, db.actionLines, () => storedLine(db, lineCode), (line) => {
    const moving = storedMilestone(line, id);
    const siblings = sortByRank(line.milestones);
    if (expectedIndex !== undefined && siblings.findIndex((m) => m.id === id) !== expectedIndex) throw new StaleWriteError('order');
    const move = moveWithinGroup(siblings, id, toIndex);
    if (!move) return null;
    const changed = new Map([move.moved, ...move.rebalanced].map((m) => [m.id, m]));
    return {
      put: [withMilestones(line, line.milestones.map((m) => changed.get(m.id) ?? m))],
      history: [{ ...historyContext(moving, now), field: 'milestone.order', from: String(move.from + 1), to: String(move.to + 1) }],
    };
  });
}
