import { sortByOrder, type PriorityItem } from '../domain';
import {
  addPriorityItem,
  deletePriorityItem,
  reorderPriorityItems,
  updatePriorityItem,
  type PriorityItemPatch,
  type TrackerDatabase,
} from '../db';
import { useDatabase } from './DatabaseContext';
import { queryKeys } from './queryKeys';
import { useOptimisticMutation } from './useOptimisticMutation';

export interface PriorityItemUpdate {
  id: string;
  patch: PriorityItemPatch;
  /** The values the edit started from: a row changed elsewhere since is not overwritten. */
  expected: PriorityItemPatch;
}

/** An optimistic write to the priorities: the table changes at once and rolls back if the write fails. */
function usePriorityItemWrite<TInput>(
  write: (db: TrackerDatabase, input: TInput) => Promise<void>,
  applyToCache: (items: PriorityItem[], input: TInput) => PriorityItem[],
  onSaved?: (input: TInput) => void,
) {
  const db = useDatabase();
  return useOptimisticMutation<PriorityItem[], TInput>({
    queryKey: queryKeys.priorityItems,
    write: (input) => write(db, input),
    applyToCache,
    onSaved,
  });
}

export function useAddPriorityItem(onSaved?: (item: PriorityItem) => void) {
  return usePriorityItemWrite(
    (db, item: PriorityItem) => addPriorityItem(db, item),
    (items, item) => sortByOrder([...items, item]),
    onSaved,
  );
}

export function useUpdatePriorityItem(onSaved?: (update: PriorityItemUpdate) => void) {
  return usePriorityItemWrite(
    (db, { id, patch, expected }: PriorityItemUpdate) => updatePriorityItem(db, id, patch, { expected }),
    (items, { id, patch }) => items.map((item) => (item.id === id ? { ...item, ...patch } : item)),
    onSaved,
  );
}

export function useDeletePriorityItem(onSaved?: (item: PriorityItem) => void) {
  return usePriorityItemWrite(
    (db, item: PriorityItem) => deletePriorityItem(db, item.id),
    (items, removed) => items.filter((item) => item.id !== removed.id),
    onSaved,
  );
}

/** Renumbers the rows in the given id order. */
export function useReorderPriorityItems() {
  return usePriorityItemWrite(
    (db, orderedIds: string[]) => reorderPriorityItems(db, orderedIds),
    (items, orderedIds) => {
      const position = new Map(orderedIds.map((id, index) => [id, index]));
      return sortByOrder(items.map((item) => ({ ...item, order: position.get(item.id) ?? item.order })));
    },
  );
}
