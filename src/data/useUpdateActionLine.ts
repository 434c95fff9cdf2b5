import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ActionLine } from '../domain';
import { updateActionLine, type ActionLinePatch } from '../db';
import { useUiStore } from '../state/uiStore';
import { useDatabase } from './DatabaseContext';
import { queryKeys } from './queryKeys';
import { useStorageErrorMessage } from './useStorageErrorMessage';

export interface UpdateActionLineInput {
  code: string;
  patch: ActionLinePatch;
}

/** Edits fields of a line optimistically; a failed write restores the cache and says why. */
export function useUpdateActionLine() {
  const db = useDatabase();
  const queryClient = useQueryClient();
  const { t } = useTranslation();
  const describeError = useStorageErrorMessage();
  const showToast = useUiStore((state) => state.showToast);

  return useMutation({
    mutationFn: ({ code, patch }: UpdateActionLineInput) => updateActionLine(db, code, patch),
    onMutate: async ({ code, patch }) => {
      await queryClient.cancelQueries({ queryKey: queryKeys.actionLines });
      const previous = queryClient.getQueryData<ActionLine[]>(queryKeys.actionLines);
      if (previous) {
        queryClient.setQueryData(
          queryKeys.actionLines,
          previous.map((line) => (line.code === code ? { ...line, ...patch } : line)),
        );
      }
      return { previous };
    },
    onError: (error, _input, context) => {
      if (context?.previous) queryClient.setQueryData(queryKeys.actionLines, context.previous);
      showToast({ kind: 'error', message: t('errors.saveFailed', { reason: describeError(error) }) });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.actionLines }),
  });
}
