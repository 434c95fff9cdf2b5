import { diffForHistory, sortByRank, type Milestone } from '../domain';
import { moveWithinGroup, rankAfter } from '../domain/rank';
import type { TrackerDatabase } from './database';
import { recordedWrite, storedRecord, type WriteOptions } from './recordedWrite';
import { StaleWriteError, assertUnchanged } from './staleWrite';

const MILESTONE_FIELDS = ['title', 'target', 'status', 'completedOn'] as const satisfies readonly (keyof Milestone)[];

export type MilestonePatch = Partial<Pick<Milestone, (typeof MILESTONE_FIELDS)[number]>>;

function historyContext(milestone: Milestone, at: string) {
  return { at, entity: 'milestone' as const, entityId: milestone.id, lineCode: milestone.lineCode };
}

const siblingsOf = (db: TrackerDatabase, lineCode: string) => db.milestones.where('lineCode').equals(lineCode).toArray();

export function addMilestone(
  db: TrackerDatabase,
  milestone: Milestone,
  now: string = new Date().toISOString(),
): Promise<void> {
  const read = async () => {
    await storedRecord(db.actionLines, milestone.lineCode, 'Action line');
    // A redone add whose milestone is back already (another tab's undo) is refused as stale.
    if (await db.milestones.get(milestone.id)) throw new StaleWriteError('id');
    return siblingsOf(db, milestone.lineCode);
  };
  return recordedWrite(
    db,
    db.milestones,
    read,
    (siblings) => {
      // Two quick adds can carry the same key; the later one goes to the end. An undone delete
      // keeps its old, free key, so it is back in its old place.
      const isTaken = siblings.some((sibling) => sibling.rank === milestone.rank);
      const rank = isTaken ? rankAfter(sortByRank(siblings).at(-1)?.rank ?? null) : milestone.rank;
      return {
        add: [{ ...milestone, rank }],
        history: [{ ...historyContext(milestone, now), field: 'milestone', from: null, to: milestone.title }],
      };
    },
    [db.actionLines],
  );
}

export function updateMilestone(
  db: TrackerDatabase,
  id: string,
  patch: MilestonePatch,
  { expected, now = new Date().toISOString() }: WriteOptions<Milestone> = {},
): Promise<void> {
  return recordedWrite(db, db.milestones, () => storedRecord(db.milestones, id, 'Milestone'), (before) => {
    assertUnchanged(before, expected);
    const after = { ...before, ...patch };
    const entries = diffForHistory(before, after, MILESTONE_FIELDS, historyContext(before, now));
    return { put: [after], history: entries.map((entry) => ({ ...entry, field: `milestone.${entry.field}` })) };
  });
}

/** Deletes a milestone; with `expected`, only if it still holds those values (an undone add). */
export function deleteMilestone(
  db: TrackerDatabase,
  id: string,
  { expected, now = new Date().toISOString() }: WriteOptions<Milestone> = {},
): Promise<void> {
  return recordedWrite(db, db.milestones, () => db.milestones.get(id), (before) => {
    if (!before) {
      if (expected) throw new StaleWriteError('id');
      return null;
    }
    assertUnchanged(before, expected);
    return { delete: [id], history: [{ ...historyContext(before, now), field: 'milestone', from: before.title, to: null }] };
  });
}

/**
 * Moves a milestone to position `toIndex` among its line's, in one transaction that writes only it
 * (with a key between its new neighbours') and its history entry. With `expectedIndex`, only if
 * the milestone is still at that position (0-based).
 */
export function moveMilestone(
  db: TrackerDatabase,
  id: string,
  toIndex: number,
  { expectedIndex, now = new Date().toISOString() }: { expectedIndex?: number; now?: string } = {},
): Promise<void> {
  const read = async () => {
    const moving = await storedRecord(db.milestones, id, 'Milestone');
    return { moving, siblings: sortByRank(await siblingsOf(db, moving.lineCode)) };
  };
  return recordedWrite(db, db.milestones, read, ({ moving, siblings }) => {
    if (expectedIndex !== undefined && siblings.findIndex((m) => m.id === id) !== expectedIndex) throw new StaleWriteError('order');
    const move = moveWithinGroup(siblings, id, toIndex);
    if (!move) return null;
    return {
      put: [move.moved, ...move.rebalanced],
      history: [{ ...historyContext(moving, now), field: 'milestone.order', from: String(move.from + 1), to: String(move.to + 1) }],
    };
  });
}
