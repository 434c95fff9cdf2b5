import { sortByOrder, type PriorityItem } from '../domain';
import { addPriorityItem, deletePriorityItem, reorderPriorityItems, updatePriorityItem, type PriorityItemPatch } from '../db';
import { useDatabase } from './DatabaseContext';
import { queryKeys } from './queryKeys';
import { useOptimisticMutation } from './useOptimisticMutation';

interface PriorityItemUpdate {
  id: string;
  patch: PriorityItemPatch;
  /** The values the edit started from: a row changed elsewhere since is not overwritten. */
  expected: PriorityItemPatch;
}

interface PriorityItemRemoval {
  id: string;
  /** The values the item must still hold: an item edited since is not deleted. */
  expected?: PriorityItemPatch;
}

interface PriorityItemReorder {
  orderedIds: string[];
  /** The order the items must still be in: a list reordered since is not renumbered. */
  expected?: string[];
}

function renumber(items: PriorityItem[], orderedIds: string[]): PriorityItem[] {
  const position = new Map(orderedIds.map((id, index) => [id, index]));
  return sortByOrder(items.map((item) => ({ ...item, order: position.get(item.id) ?? item.order })));
}

/** Adds, edits, deletes and reorders the priorities' rows: each shows at once and rolls back if its write fails. */
export function usePriorityItemMutations() {
  const db = useDatabase();
  const queryKey = queryKeys.priorityItems;
  return {
    add: useOptimisticMutation<PriorityItem[], PriorityItem>({
      queryKey,
      write: (item) => addPriorityItem(db, item),
      applyToCache: (items, item) => sortByOrder([...items, item]),
    }),
    update: useOptimisticMutation<PriorityItem[], PriorityItemUpdate>({
      queryKey,
      write: ({ id, patch, expected }) => updatePriorityItem(db, id, patch, { expected }),
      applyToCache: (items, { id, patch }) => items.map((item) => (item.id === id ? { ...item, ...patch } : item)),
    }),
    remove: useOptimisticMutation<PriorityItem[], PriorityItemRemoval>({
      queryKey,
      write: ({ id, expected }) => deletePriorityItem(db, id, { expected }),
      applyToCache: (items, { id }) => items.filter((item) => item.id !== id),
    }),
    reorder: useOptimisticMutation<PriorityItem[], PriorityItemReorder>({
      queryKey,
      write: ({ orderedIds, expected }) => reorderPriorityItems(db, orderedIds, { expected }),
      applyToCache: (items, { orderedIds }) => renumber(items, orderedIds),
    }),
  };
}
