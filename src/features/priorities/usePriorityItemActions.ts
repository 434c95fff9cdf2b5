import { useTranslation } from 'react-i18next';
import { usePriorityItemMutations } from '../../data';
import { useUiStore } from '../../state/uiStore';

/** Add, edit, delete (with an Undo toast) and reorder the rows of the priorities table. */
export function usePriorityItemActions() {
  const { t } = useTranslation();
  const showToast = useUiStore((state) => state.showToast);
  const actions = usePriorityItemMutations({
    added: (item) => showToast({ kind: 'info', message: t('priorities.added', { code: item.lineCode }) }),
    updated: ({ patch }) => showToast({ kind: 'info', message: t('priorities.updated', { code: patch.lineCode ?? '' }) }),
    deleted: (removed) =>
      showToast({
        kind: 'info',
        message: t('priorities.deleted', { code: removed.lineCode }),
        action: { label: t('priorities.undo'), run: () => actions.add.mutate(removed) },
      }),
  });
  return actions;
}
