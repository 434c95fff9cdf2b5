import { diffForHistory, type PriorityItem } from '../domain';
import type { WriteOptions } from './actionLineRepository';
import type { TrackerDatabase } from './database';
import { assertUnchanged } from './staleWrite';

const PRIORITY_FIELDS = ['text', 'milestone', 'target', 'lineCode', 'order'] as const satisfies readonly (keyof PriorityItem)[];

export type PriorityItemPatch = Partial<Pick<PriorityItem, (typeof PRIORITY_FIELDS)[number]>>;

export function listPriorityItems(db: TrackerDatabase): Promise<PriorityItem[]> {
  return db.priorityItems.orderBy('order').toArray();
}

function historyContext(item: PriorityItem, at: string) {
  return { at, entity: 'priorityItem' as const, entityId: item.id, lineCode: item.lineCode };
}

export function addPriorityItem(
  db: TrackerDatabase,
  item: PriorityItem,
  now: string = new Date().toISOString(),
): Promise<void> {
  return db.transaction('rw', db.priorityItems, db.actionLines, db.history, async () => {
    if (!(await db.actionLines.get(item.lineCode))) {
      throw new Error(`Action line ${item.lineCode} does not exist.`);
    }
    await db.priorityItems.add(item);
    await db.history.add({ ...historyContext(item, now), field: 'priorityItem', from: null, to: item.text });
  });
}

export function updatePriorityItem(
  db: TrackerDatabase,
  id: string,
  patch: PriorityItemPatch,
  { expected, now = new Date().toISOString() }: WriteOptions<PriorityItem> = {},
): Promise<void> {
  return db.transaction('rw', db.priorityItems, db.history, async () => {
    const before = await db.priorityItems.get(id);
    if (!before) throw new Error(`Priority item ${id} does not exist.`);
    assertUnchanged(before, expected);
    const isRelinked = patch.lineCode !== undefined && patch.lineCode !== before.lineCode;
    // Relinking an item is a person's decision, whatever the source said about the link.
    const after: PriorityItem = { ...before, ...patch, ...(isRelinked ? { linkSource: 'person' as const } : {}) };
    const entries = diffForHistory(before, after, PRIORITY_FIELDS, historyContext(after, now)).map(
      (entry) => ({ ...entry, field: `priorityItem.${entry.field}` }),
    );
    if (entries.length === 0) return;
    await db.priorityItems.put(after);
    await db.history.bulkAdd(entries);
  });
}

export function deletePriorityItem(
  db: TrackerDatabase,
  id: string,
  now: string = new Date().toISOString(),
): Promise<void> {
  return db.transaction('rw', db.priorityItems, db.history, async () => {
    const before = await db.priorityItems.get(id);
    if (!before) return;
    await db.priorityItems.delete(id);
    await db.history.add({ ...historyContext(before, now), field: 'priorityItem', from: before.text, to: null });
  });
}

/** Renumbers the items in the given id order (0..n-1), recording each changed position. */
export function reorderPriorityItems(
  db: TrackerDatabase,
  orderedIds: readonly string[],
  now: string = new Date().toISOString(),
): Promise<void> {
  return db.transaction('rw', db.priorityItems, db.history, async () => {
    const items = await db.priorityItems.bulkGet([...orderedIds]);
    const changed: PriorityItem[] = [];
    items.forEach((item, order) => {
      if (!item) throw new Error(`Priority item ${orderedIds[order]} does not exist.`);
      if (item.order !== order) changed.push({ ...item, order });
    });
    if (changed.length === 0) return;
    await db.priorityItems.bulkPut(changed);
    const before = new Map(items.map((item) => [item?.id, item?.order]));
    await db.history.bulkAdd(
      changed.map((item) => ({
        ...historyContext(item, now),
        field: 'priorityItem.order',
        from: String(before.get(item.id)),
        to: String(item.order),
      })),
    );
  });
}
