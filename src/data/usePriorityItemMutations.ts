import { sortByOrder, type PriorityItem } from '../domain';
import { addPriorityItem, deletePriorityItem, reorderPriorityItems, updatePriorityItem, type PriorityItemPatch } from '../db';
import { useDatabase } from './DatabaseContext';
import { queryKeys } from './queryKeys';
import { useOptimisticMutation } from './useOptimisticMutation';

export interface PriorityItemUpdate {
  id: string;
  patch: PriorityItemPatch;
  /** The values the edit started from: a row changed elsewhere since is not overwritten. */
  expected: PriorityItemPatch;
}

export interface PriorityItemSaved {
  added?: (item: PriorityItem) => void;
  updated?: (update: PriorityItemUpdate) => void;
  deleted?: (item: PriorityItem) => void;
}

function renumber(items: PriorityItem[], orderedIds: string[]): PriorityItem[] {
  const position = new Map(orderedIds.map((id, index) => [id, index]));
  return sortByOrder(items.map((item) => ({ ...item, order: position.get(item.id) ?? item.order })));
}

/** Adds, edits, deletes and reorders the priorities' rows: each shows at once and rolls back if its write fails. */
export function usePriorityItemMutations(saved: PriorityItemSaved = {}) {
  const db = useDatabase();
  const queryKey = queryKeys.priorityItems;
  return {
    add: useOptimisticMutation<PriorityItem[], PriorityItem>({
      queryKey,
      write: (item) => addPriorityItem(db, item),
      applyToCache: (items, item) => sortByOrder([...items, item]),
      onSaved: saved.added,
    }),
    update: useOptimisticMutation<PriorityItem[], PriorityItemUpdate>({
      queryKey,
      write: ({ id, patch, expected }) => updatePriorityItem(db, id, patch, { expected }),
      applyToCache: (items, { id, patch }) => items.map((item) => (item.id === id ? { ...item, ...patch } : item)),
      onSaved: saved.updated,
    }),
    remove: useOptimisticMutation<PriorityItem[], PriorityItem>({
      queryKey,
      write: (item) => deletePriorityItem(db, item.id),
      applyToCache: (items, removed) => items.filter((item) => item.id !== removed.id),
      onSaved: saved.deleted,
    }),
    reorder: useOptimisticMutation<PriorityItem[], string[]>({
      queryKey,
      write: (orderedIds) => reorderPriorityItems(db, orderedIds),
      applyToCache: renumber,
    }),
  };
}
