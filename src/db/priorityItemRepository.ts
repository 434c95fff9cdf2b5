import { diffForHistory, sortByRank, type PriorityItem } from '../domain';
import { moveWithinGroup } from '../domain/rank';
import type { TrackerDatabase } from './database';
import { recordedWrite, storedRecord, type WriteOptions } from './recordedWrite';
import { StaleWriteError, assertUnchanged } from './staleWrite';

const PRIORITY_FIELDS = ['text', 'milestone', 'target', 'lineCode'] as const satisfies readonly (keyof PriorityItem)[];

export type PriorityItemPatch = Partial<Pick<PriorityItem, (typeof PRIORITY_FIELDS)[number]>>;

function historyContext(item: PriorityItem, at: string) {
  return { at, entity: 'priorityItem' as const, entityId: item.id, lineCode: item.lineCode };
}

export function addPriorityItem(
  db: TrackerDatabase,
  item: PriorityItem,
  now: string = new Date().toISOString(),
): Promise<void> {
  return recordedWrite(
    db,
    db.priorityItems,
    async () => {
      await storedRecord(db.actionLines, item.lineCode, 'Action line');
      // A redone add whose item is back already (another tab's undo) is refused as stale.
      if (await db.priorityItems.get(item.id)) throw new StaleWriteError('id');
    },
    () => ({ add: [item], history: [{ ...historyContext(item, now), field: 'priorityItem', from: null, to: item.text }] }),
    [db.actionLines],
  );
}

export function updatePriorityItem(
  db: TrackerDatabase,
  id: string,
  patch: PriorityItemPatch,
  { expected, now = new Date().toISOString() }: WriteOptions<PriorityItem> = {},
): Promise<void> {
  return recordedWrite(db, db.priorityItems, () => storedRecord(db.priorityItems, id, 'Priority item'), (before) => {
    assertUnchanged(before, expected);
    const isRelinked = patch.lineCode !== undefined && patch.lineCode !== before.lineCode;
    // Relinking an item is a person's decision, whatever the source said about the link.
    const after: PriorityItem = { ...before, ...patch, ...(isRelinked ? { linkSource: 'person' as const } : {}) };
    const entries = diffForHistory(before, after, PRIORITY_FIELDS, historyContext(after, now));
    return { put: [after], history: entries.map((entry) => ({ ...entry, field: `priorityItem.${entry.field}` })) };
  });
}

/** Deletes an item; with `expected`, only if it still holds those values (an undone add). */
export function deletePriorityItem(
  db: TrackerDatabase,
  id: string,
  { expected, now = new Date().toISOString() }: WriteOptions<PriorityItem> = {},
): Promise<void> {
  return recordedWrite(db, db.priorityItems, () => db.priorityItems.get(id), (before) => {
    if (!before) {
      if (expected) throw new StaleWriteError('id');
      return null;
    }
    assertUnchanged(before, expected);
    return { delete: [id], history: [{ ...historyContext(before, now), field: 'priorityItem', from: before.text, to: null }] };
  });
}

/**
 * Moves an item to position `toIndex` of the table, in one transaction that writes only it (with a
 * key between its new neighbours') and its history entry. With `expectedIndex`, only if the item
 * is still at that position (0-based).
 */
export function movePriorityItem(
  db: TrackerDatabase,
  id: string,
  toIndex: number,
  { expectedIndex, now = new Date().toISOString() }: { expectedIndex?: number; now?: string } = {},
): Promise<void> {
  return recordedWrite(db, db.priorityItems, async () => sortByRank(await db.priorityItems.toArray()), (items) => {
    const index = items.findIndex((item) => item.id === id);
    const moving = items[index];
    if (!moving) {
      // An undone move of an item deleted since (another tab) is stale; any other move of one is a mistake.
      if (expectedIndex !== undefined) throw new StaleWriteError('id');
      throw new Error(`Priority item ${id} does not exist.`);
    }
    if (expectedIndex !== undefined && index !== expectedIndex) throw new StaleWriteError('order');
    const move = moveWithinGroup(items, id, toIndex);
    if (!move) return null;
    return {
      put: [move.moved, ...move.rebalanced],
      history: [{ ...historyContext(moving, now), field: 'priorityItem.order', from: String(move.from + 1), to: String(move.to + 1) }],
    };
  });
}
