import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { applyMove, type ActionLine, type Status } from '../domain';
import { moveActionLine } from '../db';
import { useDatabase } from './DatabaseContext';
import { queryKeys } from './queryKeys';
import { useStorageErrorMessage } from './useStorageErrorMessage';
import { useUiStore } from '../state/uiStore';

export interface MoveActionLineInput {
  code: string;
  toStatus: Status;
  toIndex: number;
}

/** Moves a card optimistically: the cache changes at once and is rolled back if the write fails. */
export function useMoveActionLine() {
  const db = useDatabase();
  const queryClient = useQueryClient();
  const { t } = useTranslation();
  const describeError = useStorageErrorMessage();
  const showToast = useUiStore((state) => state.showToast);

  return useMutation({
    mutationFn: ({ code, toStatus, toIndex }: MoveActionLineInput) => moveActionLine(db, code, toStatus, toIndex),
    onMutate: async ({ code, toStatus, toIndex }) => {
      await queryClient.cancelQueries({ queryKey: queryKeys.actionLines });
      const previous = queryClient.getQueryData<ActionLine[]>(queryKeys.actionLines);
      if (previous) {
        queryClient.setQueryData(queryKeys.actionLines, applyMove(previous, code, toStatus, toIndex));
      }
      return { previous };
    },
    onError: (error, { code }, context) => {
      if (context?.previous) queryClient.setQueryData(queryKeys.actionLines, context.previous);
      showToast({ kind: 'error', message: t('move.failed', { code, reason: describeError(error) }) });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.actionLines }),
  });
}
