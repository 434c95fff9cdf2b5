import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { describeStorageError } from '../db';
import { useUiStore } from '../state/uiStore';
import { useStorageErrorMessage } from './useStorageErrorMessage';

export interface OptimisticMutationOptions<TRow, TInput> {
  /** The table's query key: the cache that changes at once. */
  queryKey: readonly unknown[];
  write: (input: TInput) => Promise<unknown>;
  /** The cached rows as they will be once the write lands. */
  applyToCache: (rows: TRow[], input: TInput) => TRow[];
  /** The error toast's text; by default "The change could not be saved: <reason>". */
  errorMessage?: (input: TInput, reason: string) => string;
  onSaved?: (input: TInput) => void;
}

/**
 * A write that shows at once: the cached table changes before IndexedDB answers, and is restored,
 * with an error toast, if the write fails. Dexie's change event then refreshes the cache.
 */
export function useOptimisticMutation<TRow, TInput>({
  queryKey,
  write,
  applyToCache,
  errorMessage,
  onSaved,
}: OptimisticMutationOptions<TRow, TInput>) {
  const queryClient = useQueryClient();
  const { t } = useTranslation();
  const describeError = useStorageErrorMessage();
  const showToast = useUiStore((state) => state.showToast);

  return useMutation({
    mutationFn: write,
    onMutate: async (input: TInput) => {
      await queryClient.cancelQueries({ queryKey });
      const previous = queryClient.getQueryData<TRow[]>(queryKey);
      if (previous) queryClient.setQueryData(queryKey, applyToCache(previous, input));
      return { previous };
    },
    onError: (error, input, context) => {
      if (context?.previous) queryClient.setQueryData(queryKey, context.previous);
      // A write refused as stale is reported by whoever asked for it (the field, undo), beside it.
      if (describeStorageError(error) === 'stale') return;
      const reason = describeError(error);
      showToast({ kind: 'error', message: errorMessage ? errorMessage(input, reason) : t('errors.saveFailed', { reason }) });
    },
    onSuccess: (_result, input) => onSaved?.(input),
    onSettled: () => queryClient.invalidateQueries({ queryKey }),
  });
}
