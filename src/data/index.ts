export { DatabaseProvider, useDatabase } from './DatabaseContext';
export { createQueryClient, renderDataChangesAfterPaint, type WriteListeners } from './queryClient';
export { queryKeys } from './queryKeys';
export { useStorageInvalidation } from './useStorageInvalidation';
export * from './queries';
export { useMoveActionLine, type MoveActionLineInput } from './useMoveActionLine';
export { isStaleWrite, useStorageErrorMessage } from './useStorageErrorMessage';
export { useReportingDate, useSetReportingDate } from './useReportingDate';
export { todayIsoDate, useToday } from './useToday';
export { useUpdateActionLine, type ActionLinePatch, type UpdateActionLineInput } from './useUpdateActionLine';
export { useMilestoneMutation, type MilestoneChange } from './useMilestoneMutations';
export {
  useAddPriorityItem,
  useDeletePriorityItem,
  useReorderPriorityItems,
  useUpdatePriorityItem,
  type PriorityItemUpdate,
} from './usePriorityItemMutations';
export { useOptimisticMutation, type OptimisticMutationOptions } from './useOptimisticMutation';
export { lastExportAtKey, useLastExportAt } from './useLastExportAt';
export { useLatestSavedSnapshotTime } from './useLatestSavedSnapshotTime';
export { afterNextPaint } from './afterNextPaint';
export { useConfirmStatus } from './useConfirmStatus';
