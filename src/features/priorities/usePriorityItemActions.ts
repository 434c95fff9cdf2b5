import { useTranslation } from 'react-i18next';
import { sortByOrder, type PriorityItem } from '../../domain';
import { addPriorityItem, deletePriorityItem, reorderPriorityItems, updatePriorityItem, type PriorityItemPatch } from '../../db';
import { useDatabase } from '../../data';
import { useUiStore } from '../../state/uiStore';
import { usePriorityItemMutation } from './usePriorityItemMutation';

function renumber(items: readonly PriorityItem[], orderedIds: readonly string[]): PriorityItem[] {
  const position = new Map(orderedIds.map((id, index) => [id, index]));
  return sortByOrder(items.map((item) => ({ ...item, order: position.get(item.id) ?? item.order })));
}

/** Add, edit, delete (with an Undo toast) and reorder the rows of the priorities table. */
export function usePriorityItemActions() {
  const db = useDatabase();
  const { t } = useTranslation();
  const showToast = useUiStore((state) => state.showToast);

  const add = usePriorityItemMutation<PriorityItem>({
    write: (item) => addPriorityItem(db, item),
    applyToCache: (items, item) => sortByOrder([...items, item]),
    onSaved: (item) => showToast({ kind: 'info', message: t('priorities.added', { code: item.lineCode }) }),
  });

  // `expected`: the values the edit started from; a row changed elsewhere since is not overwritten.
  const update = usePriorityItemMutation<{ id: string; patch: PriorityItemPatch; expected: PriorityItemPatch }>({
    write: ({ id, patch, expected }) => updatePriorityItem(db, id, patch, { expected }),
    applyToCache: (items, { id, patch }) => items.map((item) => (item.id === id ? { ...item, ...patch } : item)),
    onSaved: ({ patch }) => showToast({ kind: 'info', message: t('priorities.updated', { code: patch.lineCode ?? '' }) }),
  });

  const remove = usePriorityItemMutation<PriorityItem>({
    write: (item) => deletePriorityItem(db, item.id),
    applyToCache: (items, removed) => items.filter((item) => item.id !== removed.id),
    onSaved: (removed) =>
      showToast({
        kind: 'info',
        message: t('priorities.deleted', { code: removed.lineCode }),
        action: { label: t('priorities.undo'), run: () => add.mutate(removed) },
      }),
  });

  const reorder = usePriorityItemMutation<string[]>({
    write: (orderedIds) => reorderPriorityItems(db, orderedIds),
    applyToCache: renumber,
  });

  return { add, update, remove, reorder };
}
