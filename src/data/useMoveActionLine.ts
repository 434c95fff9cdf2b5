import { useTranslation } from 'react-i18next';
import { applyMove, type ActionLine, type Status } from '../domain';
import { moveActionLine } from '../db';
import { useDatabase } from './DatabaseContext';
import { queryKeys } from './queryKeys';
import { useOptimisticMutation } from './useOptimisticMutation';

export interface MoveActionLineInput {
  code: string;
  toStatus: Status;
  toIndex: number;
  /** The stored status the move started from (undo, redo): a line moved meanwhile stays put. */
  expectedStatus?: Status;
}

/** Moves a card optimistically: the cache changes at once and is rolled back if the write fails. */
export function useMoveActionLine() {
  const db = useDatabase();
  const { t } = useTranslation();
  return useOptimisticMutation<ActionLine[], MoveActionLineInput>({
    queryKey: queryKeys.actionLines,
    write: ({ code, toStatus, toIndex, expectedStatus }) =>
      moveActionLine(db, code, toStatus, toIndex, { expected: expectedStatus && { status: expectedStatus } }),
    applyToCache: (lines, { code, toStatus, toIndex }) =>
      applyMove(lines, code, toStatus, toIndex).map((line) =>
        line.code === code && line.status !== lines.find((l) => l.code === code)?.status ? { ...line, statusSource: 'person' as const } : line,
      ),
    errorMessage: ({ code }, reason) => t('move.failed', { code, reason }),
  });
}
