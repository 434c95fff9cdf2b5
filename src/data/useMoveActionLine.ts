import { useTranslation } from '../i18n';
import { applyLineMove, type ActionLine, type Placement, type Status } from '../domain';
import { moveActionLine } from '../db';
import { afterPendingRenders } from './afterPendingRenders';
import { useDatabase } from './DatabaseContext';
import { queryKeys } from './queryKeys';
import { useOptimisticMutation } from './useOptimisticMutation';

export interface MoveActionLineInput {
  code: string;
  toStatus: Status;
  toIndex: number;
  /**
   * The move as planned on the lines shown (planLineMove, src/domain/rank.ts): the cache shows the
   * line with this key at once, and the stored move keeps it if it still fits at `toIndex`, so
   * the card does not jump when the saved data arrives.
   */
  placement: Placement;
  /** The stored status the move started from (undo, redo): a line moved meanwhile stays put. */
  expectedStatus?: Status;
}

/** Moves a card optimistically: the cache changes at once and is rolled back if the write fails. */
export function useMoveActionLine() {
  const db = useDatabase();
  const { t } = useTranslation();
  return useOptimisticMutation<ActionLine[], MoveActionLineInput>({
    queryKey: queryKeys.actionLines,
    // The card shows in its new place before the write starts: a write started at once took the
    // main thread from the board's render between its IndexedDB answers, and at 500 and 2,000
    // lines at 4x a menu choice showed in 510-577 ms instead of 224-295 (saved 100-150 ms sooner).
    write: async ({ code, toStatus, toIndex, placement, expectedStatus }) => {
      await afterPendingRenders();
      return moveActionLine(db, code, toStatus, toIndex, { rank: placement.rank, expected: expectedStatus && { status: expectedStatus } });
    },
    applyToCache: (lines, { code, toStatus, placement }) =>
      applyLineMove(lines, code, toStatus, placement).map((line) =>
        line.code === code && line.status !== lines.find((l) => l.code === code)?.status ? { ...line, statusSource: 'person' as const } : line,
      ),
    errorMessage: ({ code }, reason) => t('move.failed', { code, reason }),
  });
}
