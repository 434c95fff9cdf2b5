import { useTranslation } from '../../../i18n';
import { planRevert, type HistoryEntry, type RevertRefusal } from '../../../domain';
import { isStaleWrite, useActionLines, useMilestones, usePriorityItems, useRecordedApply, useToday } from '../../../data';
import { i18nHistoryField } from './historyLabels';

/** Why a revert did not happen: refused from the history, or the value changed meanwhile. */
export type RevertOutcome = RevertRefusal | 'stale' | null;

/**
 * "Revert this change" for one history entry: writes the entry's old value over its new one as an
 * ordinary recorded change, so the history records it and Ctrl+Z undoes it. Resolves to why it did
 * not happen, or null once it is saved (a failed save shows its own error).
 */
export function useRevertHistoryEntry(): (entry: HistoryEntry, history: readonly HistoryEntry[]) => Promise<RevertOutcome> {
  const { t } = useTranslation();
  const record = useRecordedApply();
  const today = useToday();
  // Read here, not when asked: a priority item's revert needs the priorities even if their view never opened.
  const { data: lines = [] } = useActionLines();
  const { data: milestones = [] } = useMilestones();
  const { data: priorityItems = [] } = usePriorityItems();

  return async (entry, history) => {
    const plan = planRevert(entry, history, { lines, milestones, priorityItems, today });
    if (!plan.ok) return plan.reason;
    const label = t('history.reverted', { code: entry.lineCode, field: i18nHistoryField(t, entry.field) });
    try {
      await record(plan.change, label, { confirm: true, reportStale: false });
      return null;
    } catch (error) {
      return isStaleWrite(error) ? 'stale' : null;
    }
  };
}
