import { diffForHistory, type Milestone } from '../domain';
import type { WriteOptions } from './actionLineRepository';
import type { TrackerDatabase } from './database';
import { assertUnchanged } from './staleWrite';

const MILESTONE_FIELDS = ['title', 'target', 'status', 'completedOn', 'order'] as const satisfies readonly (keyof Milestone)[];

export type MilestonePatch = Partial<Pick<Milestone, (typeof MILESTONE_FIELDS)[number]>>;

export function listMilestones(db: TrackerDatabase): Promise<Milestone[]> {
  return db.milestones.toArray();
}

function historyContext(milestone: Milestone, at: string) {
  return { at, entity: 'milestone' as const, entityId: milestone.id, lineCode: milestone.lineCode };
}

export function addMilestone(
  db: TrackerDatabase,
  milestone: Milestone,
  now: string = new Date().toISOString(),
): Promise<void> {
  return db.transaction('rw', db.milestones, db.actionLines, db.history, async () => {
    if (!(await db.actionLines.get(milestone.lineCode))) {
      throw new Error(`Action line ${milestone.lineCode} does not exist.`);
    }
    // Two quick adds can carry the same order; the later one goes to the end. An undone delete
    // keeps its old, free position.
    const siblings = await db.milestones.where('lineCode').equals(milestone.lineCode).toArray();
    const isTaken = siblings.some((sibling) => sibling.order === milestone.order);
    const order = isTaken ? Math.max(...siblings.map((sibling) => sibling.order)) + 1 : milestone.order;
    await db.milestones.add({ ...milestone, order });
    await db.history.add({ ...historyContext(milestone, now), field: 'milestone', from: null, to: milestone.title });
  });
}

export function updateMilestone(
  db: TrackerDatabase,
  id: string,
  patch: MilestonePatch,
  { expected, now = new Date().toISOString() }: WriteOptions<Milestone> = {},
): Promise<void> {
  return db.transaction('rw', db.milestones, db.history, async () => {
    const before = await db.milestones.get(id);
    if (!before) throw new Error(`Milestone ${id} does not exist.`);
    assertUnchanged(before, expected);
    const after = { ...before, ...patch };
    const entries = diffForHistory(before, after, MILESTONE_FIELDS, historyContext(before, now)).map(
      (entry) => ({ ...entry, field: `milestone.${entry.field}` }),
    );
    if (entries.length === 0) return;
    await db.milestones.put(after);
    await db.history.bulkAdd(entries);
  });
}

export function deleteMilestone(
  db: TrackerDatabase,
  id: string,
  now: string = new Date().toISOString(),
): Promise<void> {
  return db.transaction('rw', db.milestones, db.history, async () => {
    const before = await db.milestones.get(id);
    if (!before) return;
    await db.milestones.delete(id);
    await db.history.add({ ...historyContext(before, now), field: 'milestone', from: before.title, to: null });
  });
}

/** Swaps a milestone with its neighbour in the line's order, in one transaction. */
export function moveMilestone(
  db: TrackerDatabase,
  id: string,
  offset: -1 | 1,
  now: string = new Date().toISOString(),
): Promise<void> {
  return db.transaction('rw', db.milestones, db.history, async () => {
    const moving = await db.milestones.get(id);
    if (!moving) throw new Error(`Milestone ${id} does not exist.`);
    const siblings = (await db.milestones.where('lineCode').equals(moving.lineCode).toArray()).sort(
      (a, b) => a.order - b.order,
    );
    const index = siblings.findIndex((m) => m.id === id);
    const other = siblings[index + offset];
    if (!other) return;
    const reordered = [...siblings];
    reordered[index] = other;
    reordered[index + offset] = moving;
    await db.milestones.bulkPut(reordered.map((m, order) => ({ ...m, order })));
    await db.history.add({
      ...historyContext(moving, now),
      field: 'milestone.order',
      from: String(index + 1),
      to: String(index + offset + 1),
    });
  });
}
