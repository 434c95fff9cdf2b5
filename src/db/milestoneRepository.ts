import { diffForHistory, type Milestone } from '../domain';
import type { TrackerDatabase } from './database';
import { recordedWrite, storedRecord, type WriteOptions } from './recordedWrite';
import { StaleWriteError, assertUnchanged } from './staleWrite';

const MILESTONE_FIELDS = ['title', 'target', 'status', 'completedOn', 'order'] as const satisfies readonly (keyof Milestone)[];

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
      // Two quick adds can carry the same order; the later one goes to the end. An undone delete
      // keeps its old, free position.
      const isTaken = siblings.some((sibling) => sibling.order === milestone.order);
      const order = isTaken ? Math.max(...siblings.map((sibling) => sibling.order)) + 1 : milestone.order;
      return {
        add: [{ ...milestone, order }],
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
 * Swaps a milestone with its neighbour in the line's order, in one transaction. With
 * `expectedIndex`, only if the milestone is still at that position (0-based) among its line's.
 */
export function moveMilestone(
  db: TrackerDatabase,
  id: string,
  offset: -1 | 1,
  { expectedIndex, now = new Date().toISOString() }: { expectedIndex?: number; now?: string } = {},
): Promise<void> {
  const read = async () => {
    const moving = await storedRecord(db.milestones, id, 'Milestone');
    return { moving, siblings: (await siblingsOf(db, moving.lineCode)).sort((a, b) => a.order - b.order) };
  };
  return recordedWrite(db, db.milestones, read, ({ moving, siblings }) => {
    const index = siblings.findIndex((m) => m.id === id);
    if (expectedIndex !== undefined && index !== expectedIndex) throw new StaleWriteError('order');
    const other = siblings[index + offset];
    if (!other) return null;
    const reordered = [...siblings];
    reordered[index] = other;
    reordered[index + offset] = moving;
    return {
      put: reordered.map((m, order) => ({ ...m, order })),
      history: [{ ...historyContext(moving, now), field: 'milestone.order', from: String(index + 1), to: String(index + offset + 1) }],
    };
  });
}
