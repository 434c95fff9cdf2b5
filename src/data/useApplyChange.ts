import { useCallback } from 'react';
import { changedFields, type Milestone, type PriorityItem, type UndoableChange } from '../domain';
import { useMilestoneMutation } from './useMilestoneMutations';
import { useMoveActionLine } from './useMoveActionLine';
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
  const { mutateAsync: move } = useMoveActionLine();
  const { mutateAsync: updateLine } = useUpdateActionLine();
  const { mutateAsync: changeMilestone } = useMilestoneMutation();
  const { mutateAsync: writeReportingDate } = useWriteReportingDate();
  const {
    add: { mutateAsync: addItem },
    update: { mutateAsync: updateItem },
    remove: { mutateAsync: removeItem },
    reorder: { mutateAsync: reorderItems },
  } = usePriorityItemMutations();

  return useCallback(
    async (change) => {
      switch (change.kind) {
        case 'move':
          await move({ code: change.code, toStatus: change.to.status, toIndex: change.to.index, expectedStatus: change.from.status });
          return;
        case 'line':
          await updateLine({ code: change.code, patch: change.after, expected: change.before });
          return;
        case 'milestone': {
          const { before, after } = change;
          if (!before && after) await changeMilestone({ kind: 'add', milestone: after });
          else if (before && !after) await changeMilestone({ kind: 'delete', id: before.id, expected: pick(before, MILESTONE_FIELDS) });
          else if (before && after) {
            const fields = changedFields(before, after, MILESTONE_FIELDS);
            await changeMilestone({ kind: 'update', id: before.id, patch: fields.after, expected: fields.before });
          }
          return;
        }
        case 'milestoneOrder':
          await changeMilestone({ kind: 'move', id: change.id, offset: change.to > change.from ? 1 : -1, expectedIndex: change.from });
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
          await reorderItems({ orderedIds: change.after, expected: change.before });
          return;
        case 'reportingDate':
          await writeReportingDate({ isoDate: change.after, expected: change.before });
          return;
      }
    },
    [addItem, changeMilestone, move, removeItem, reorderItems, updateItem, updateLine, writeReportingDate],
  );
}
