import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { PriorityItem } from '../../domain';
import { useStorageErrorMessage, queryKeys } from '../../data';
import { useUiStore } from '../../state/uiStore';

interface PriorityItemMutationOptions<TInput> {
  write: (input: TInput) => Promise<void>;
  /** The cached rows as they will be once the write lands. */
  applyToCache: (items: PriorityItem[], input: TInput) => PriorityItem[];
  onSaved?: (input: TInput) => void;
}

/** Optimistic write to the priorities: the table changes at once and rolls back if the write fails. */
export function usePriorityItemMutation<TInput>({ write, applyToCache, onSaved }: PriorityItemMutationOptions<TInput>) {
  const queryClient = useQueryClient();
  const { t } = useTranslation();
  const describeError = useStorageErrorMessage();
  const showToast = useUiStore((state) => state.showToast);

  return useMutation({
    mutationFn: write,
    onMutate: async (input: TInput) => {
      await queryClient.cancelQueries({ queryKey: queryKeys.priorityItems });
      const previous = queryClient.getQueryData<PriorityItem[]>(queryKeys.priorityItems);
      if (previous) queryClient.setQueryData(queryKeys.priorityItems, applyToCache(previous, input));
      return { previous };
    },
    onError: (error, _input, context) => {
      if (context?.previous) queryClient.setQueryData(queryKeys.priorityItems, context.previous);
      showToast({ kind: 'error', message: t('errors.saveFailed', { reason: describeError(error) }) });
    },
    onSuccess: (_result, input) => onSaved?.(input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.priorityItems }),
  });
}
