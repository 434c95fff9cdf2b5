import type { PriorityItem } from '../../domain';
import { queryKeys, useOptimisticMutation, type OptimisticMutationOptions } from '../../data';

type PriorityItemMutationOptions<TInput> = Pick<
  OptimisticMutationOptions<PriorityItem, TInput>,
  'write' | 'applyToCache' | 'onSaved'
>;

/** Optimistic write to the priorities: the table changes at once and rolls back if the write fails. */
export function usePriorityItemMutation<TInput>(options: PriorityItemMutationOptions<TInput>) {
  return useOptimisticMutation<PriorityItem, TInput>({ queryKey: queryKeys.priorityItems, ...options });
}
