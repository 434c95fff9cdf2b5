import { sortByRank, type PriorityItem } from '../domain';
import { moveWithinGroup } from '../domain/rank';
import { addPriorityItem, deletePriorityItem, movePriorityItem, updatePriorityItem, type PriorityItemPatch } from '../db';
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

interface PriorityItemMove {
  id: string;
  toIndex: number;
  /** The position the item must still be at (undo, redo): an item moved since stays put. */
  expectedIndex?: number;
}

/** The items, in order, once `id` is at `toIndex`, with the key movePriorityItem will store. */
function moveInCache(items: PriorityItem[], { id, toIndex }: PriorityItemMove): PriorityItem[] {
  const ordered = sortByRank(items);
  const move = moveWithinGroup(ordered, id, toIndex);
  if (!move) return items;
  const changed = new Map([move.moved, ...move.rebalanced].map((item) => [item.id, item]));
  return sortByRank(ordered.map((item) => changed.get(item.id) ?? item));
}

/** Adds, edits, deletes and moves the priorities' rows: each shows at once and rolls back if its write fails. */
export function usePriorityItemMutations() {
  const db = useDatabase();
  const queryKey = queryKeys.priorityItems;
  return {
    add: useOptimisticMutation<PriorityItem[], PriorityItem>({
      queryKey,
      write: (item) => addPriorityItem(db, item),
      applyToCache: (items, item) => sortByRank([...items, item]),
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
    move: useOptimisticMutation<PriorityItem[], PriorityItemMove>({
      queryKey,
      write: ({ id, toIndex, expectedIndex }) => movePriorityItem(db, id, toIndex, { expectedIndex }),
      applyToCache: moveInCache,
    }),
  };
}
