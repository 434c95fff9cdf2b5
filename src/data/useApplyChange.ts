import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { changedFields, type ActionLine, type Milestone, type PriorityItem, type UndoableChange } from '../domain';
import { planLineMove } from '../domain/rank';
import { queryKeys } from './queryKeys';
import { useMilestoneMutation } from './useMilestoneMutations';
import { useMoveActionLine } from './useMoveActionLine';
import { useIndicatorMutations } from './useIndicatorMutations';
import { usePriorityItemMutations } from './usePriorityItemMutations';
import { useUpdateActionLine } from './useUpdateActionLine';
import { useWriteReportingDate } from './useWriteReportingDate';

/** The fields a person edits; an undone add deletes the record only while they are as added. */
const MILESTONE_FIELDS = ['title', 'target', 'status', 'completedOn'] as const satisfies readonly (keyof Milestone)[];
const PRIORITY_FIELDS = ['text', 'milestone', 'target', 'lineCode'] as const satisfies readonly (keyof PriorityItem)[];

const pick = <T extends object, K extends keyof T>(record: T, fields: readonly K[]): Pick<T, K> =>
  Object.fromEntries(fields.map((field) => [field, record[field]])) as Pick<T, K>;

/**
 * Writes a change forward (its `after`) through the same optimistic mutations the views use,
 * each write refused unless the stored data is still the change's `before`: an undo or redo never
 * lands over a change made since.
 */
export function useApplyChange(): (change: UndoableChange) => Promise<void> {
  const queryClient = useQueryClient();
  const { mutateAsync: move } = useMoveActionLine();
  const { mutateAsync: updateLine } = useUpdateActionLine();
  const { mutateAsync: changeMilestone } = useMilestoneMutation();
  const { mutateAsync: writeReportingDate } = useWriteReportingDate();
  const {
    add: { mutateAsync: addItem },
    update: { mutateAsync: updateItem },
    remove: { mutateAsync: removeItem },
    move: { mutateAsync: moveItem },
  } = usePriorityItemMutations();
  const {
    indicator: { mutateAsync: changeIndicator },
    period: { mutateAsync: changePeriod },
  } = useIndicatorMutations();

  return useCallback(
    async (change) => {
      switch (change.kind) {
        case 'move': {
          // The line takes the key the change wrote if it still fits at the position: an undone
          // move leaves the line as it was. The lines cached are the ones shown.
          const { code, from, to } = change;
          const lines = queryClient.getQueryData<ActionLine[]>(queryKeys.actionLines) ?? [];
          const placement = planLineMove(lines, code, to.status, to.index, to.rank);
          await move({ code, toStatus: to.status, toIndex: to.index, placement, expectedStatus: from.status });
          return;
        }
        case 'line':
          await updateLine({ code: change.code, patch: change.after, expected: change.before });
          return;
        case 'milestone': {
          const { before, after } = change;
          if (!before && after) await changeMilestone({ kind: 'add', milestone: after });
          else if (before && !after) await changeMilestone({ kind: 'delete', lineCode: before.lineCode, id: before.id, expected: pick(before, MILESTONE_FIELDS) });
          else if (before && after) {
            const fields = changedFields(before, after, MILESTONE_FIELDS);
            await changeMilestone({ kind: 'update', lineCode: before.lineCode, id: before.id, patch: fields.after, expected: fields.before });
          }
          return;
        }
        case 'milestoneOrder':
          await changeMilestone({ kind: 'move', lineCode: change.lineCode, id: change.id, toIndex: change.to, expectedIndex: change.from });
          return;
        case 'priorityItem': {
          const { before, after } = change;
          if (!before && after) await addItem(after);
          else if (before && !after) await removeItem({ id: before.id, expected: pick(before, PRIORITY_FIELDS) });
          else if (before && after) {
            const fields = changedFields(before, after, PRIORITY_FIELDS);
            await updateItem({ id: before.id, patch: fields.after, expected: fields.before });
          }
          return;
        }
        case 'priorityOrder':
          await moveItem({ id: change.id, toIndex: change.to, expectedIndex: change.from });
          return;
        case 'reportingDate':
          await writeReportingDate({ isoDate: change.after, expected: change.before });
          return;
        case 'indicator':
          await changeIndicator({ kind: 'update', before: change.before, after: change.after });
          return;
        case 'indicatorSet': {
          const { before, after } = change;
          if (!before && after) await changeIndicator({ kind: 'add', value: after });
          else if (before && !after) await changeIndicator({ kind: 'delete', expected: before });
          return;
        }
        case 'indicatorPeriod': {
          const { before, after } = change;
          if (!before && after) await changePeriod({ kind: 'add', period: after });
          else if (before && !after) await changePeriod({ kind: 'delete', expected: before });
          else if (before && after) await changePeriod({ kind: 'update', before, after });
          return;
        }
      }
    },
    [addItem, changeIndicator, changeMilestone, changePeriod, move, moveItem, queryClient, removeItem, updateItem, updateLine, writeReportingDate],
  );
}
