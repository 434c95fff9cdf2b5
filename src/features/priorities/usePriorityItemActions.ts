import { useTranslation } from '../../i18n';
import type { PriorityItem } from '../../domain';
import { useRecordedApply } from '../../data';

/**
 * Add, edit, delete and reorder the rows of the priorities table: each is recorded for undo and
 * redo, and each but a move is confirmed in a toast with Undo.
 */
export function usePriorityItemActions() {
  const { t } = useTranslation();
  const record = useRecordedApply();
  return {
    add: (item: PriorityItem) =>
      record({ kind: 'priorityItem', before: null, after: item }, t('priorities.added', { code: item.lineCode }), { confirm: true }),
    /** Saves `after` over `before`, the row as the edit started from; the form reports a row changed since. */
    update: (before: PriorityItem, after: PriorityItem) =>
      record({ kind: 'priorityItem', before, after }, t('priorities.updated', { code: after.lineCode }), { confirm: true, reportStale: false }),
    remove: (item: PriorityItem) =>
      record({ kind: 'priorityItem', before: item, after: null }, t('priorities.deleted', { code: item.lineCode }), { confirm: true }),
    /** Moves `item` from position `from` of the table to `to` (0-based). */
    move: (item: PriorityItem, from: number, to: number) =>
      record({ kind: 'priorityOrder', id: item.id, from, to }, t('priorities.reordered', { code: item.lineCode, position: to + 1 })),
  };
}
