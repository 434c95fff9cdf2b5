import { diffForHistory, type PriorityItem } from '../domain';
import type { TrackerDatabase } from './database';
import { recordedWrite, storedRecord, type WriteOptions } from './recordedWrite';
import { StaleWriteError, assertUnchanged } from './staleWrite';

const PRIORITY_FIELDS = ['text', 'milestone', 'target', 'lineCode', 'order'] as const satisfies readonly (keyof PriorityItem)[];

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
 * Renumbers the items in the given id order (0..n-1), recording each changed position. With
 * `expected`, only if the stored order of these items is still that one (an undone reorder).
 */
export function reorderPriorityItems(
  db: TrackerDatabase,
  orderedIds: readonly string[],
  { expected, now = new Date().toISOString() }: { expected?: readonly string[]; now?: string } = {},
): Promise<void> {
  return recordedWrite(db, db.priorityItems, () => db.priorityItems.bulkGet([...orderedIds]), (items) => {
    if (expected) {
      if (items.includes(undefined)) throw new StaleWriteError('id');
      const stored = items
        .filter((item) => item !== undefined)
        .sort((a, b) => a.order - b.order)
        .map((item) => item.id);
      if (stored.join('\n') !== expected.join('\n')) throw new StaleWriteError('order');
    }
    const changed = items.flatMap((item, order) => {
      if (!item) throw new Error(`Priority item ${orderedIds[order]} does not exist.`);
      return item.order === order ? [] : [{ before: item, after: { ...item, order } }];
    });
    return {
      put: changed.map(({ after }) => after),
      history: changed.map(({ before, after }) => ({
        ...historyContext(after, now),
        field: 'priorityItem.order',
        from: String(before.order),
        to: String(after.order),
      })),
    };
  });
}
