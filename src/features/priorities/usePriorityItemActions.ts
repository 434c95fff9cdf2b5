import { useTranslation } from 'react-i18next';
import { useAddPriorityItem, useDeletePriorityItem, useReorderPriorityItems, useUpdatePriorityItem } from '../../data';
import { useUiStore } from '../../state/uiStore';

/** Add, edit, delete (with an Undo toast) and reorder the rows of the priorities table. */
export function usePriorityItemActions() {
  const { t } = useTranslation();
  const showToast = useUiStore((state) => state.showToast);

  const add = useAddPriorityItem((item) => showToast({ kind: 'info', message: t('priorities.added', { code: item.lineCode }) }));
  const update = useUpdatePriorityItem(({ patch }) =>
    showToast({ kind: 'info', message: t('priorities.updated', { code: patch.lineCode ?? '' }) }),
  );
  const remove = useDeletePriorityItem((removed) =>
    showToast({
      kind: 'info',
      message: t('priorities.deleted', { code: removed.lineCode }),
      action: { label: t('priorities.undo'), run: () => add.mutate(removed) },
    }),
  );
  const reorder = useReorderPriorityItems();

  return { add, update, remove, reorder };
}
