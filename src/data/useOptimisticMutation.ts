import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from '../i18n';
import { describeStorageError } from '../db';
import { useUiStore } from '../state/uiStore';
import { useStorageErrorMessage } from './useStorageErrorMessage';

export interface OptimisticMutationOptions<TData, TInput> {
  /** The table's query key: the cache that changes at once. */
  queryKey: readonly unknown[];
  write: (input: TInput) => Promise<unknown>;
  /** The cached data as it will be once the write lands. */
  applyToCache: (data: TData, input: TInput) => TData;
  /** The error toast's text; by default "The change could not be saved: <reason>". */
  errorMessage?: (input: TInput, reason: string) => string;
  onSaved?: (input: TInput) => void;
}

/**
 * A write that shows at once: the cached data changes before IndexedDB answers. Once the write
 * commits, Dexie's change event refreshes the cache (useStorageInvalidation), once. A failed write
 * commits nothing, so no event follows: the cache is restored at once, with an error toast, and
 * read again, since a read cancelled for this change or a change made meanwhile may be missing.
 */
export function useOptimisticMutation<TData, TInput>({
  queryKey,
  write,
  applyToCache,
  errorMessage,
  onSaved,
}: OptimisticMutationOptions<TData, TInput>) {
  const queryClient = useQueryClient();
  const { t } = useTranslation();
  const describeError = useStorageErrorMessage();
  const showToast = useUiStore((state) => state.showToast);

  return useMutation({
    mutationFn: write,
    onMutate: async (input: TInput) => {
      await queryClient.cancelQueries({ queryKey });
      const previous = queryClient.getQueryData<TData>(queryKey);
      if (previous !== undefined) queryClient.setQueryData(queryKey, applyToCache(previous, input));
      return { previous };
    },
    onError: (error, input, context) => {
      if (context?.previous !== undefined) queryClient.setQueryData(queryKey, context.previous);
      void queryClient.invalidateQueries({ queryKey });
      // A write refused as stale is reported by whoever asked for it (the field, undo), beside it.
      if (describeStorageError(error) === 'stale') return;
      const reason = describeError(error);
      showToast({ kind: 'error', message: errorMessage ? errorMessage(input, reason) : t('errors.saveFailed', { reason }) });
    },
    onSuccess: (_result, input) => onSaved?.(input),
  });
}
