export { DatabaseProvider, useDatabase } from './DatabaseContext';
export { createQueryClient, type WriteListeners } from './queryClient';
export { queryKeys } from './queryKeys';
export { useStorageInvalidation } from './useStorageInvalidation';
export * from './queries';
export { useMoveActionLine, type MoveActionLineInput } from './useMoveActionLine';
export { isStaleWrite, useStorageErrorMessage } from './useStorageErrorMessage';
export { useReportingDate, useSetReportingDate } from './useReportingDate';
export { useReportingDateField } from './useReportingDateField';
export { useFieldSave } from './useFieldSave';
export { todayIsoDate, useToday } from './useToday';
export type { ActionLinePatch } from './useUpdateActionLine';
export { useRecordedChange } from './useRecordedChange';
export { useRecordedApply } from './useRecordedApply';
export { useApplyChange } from './useApplyChange';
export {
  changeApplier,
  isChangeApplierRequested,
  provideChangeApplier,
  requestChangeApplier,
  subscribeChangeApplierRequest,
} from './changeApplier';
export { useUndoRedo } from './useUndoRedo';
export { useOptimisticMutation, type OptimisticMutationOptions } from './useOptimisticMutation';
export { lastExportAtKey, useLastExportAt } from './useLastExportAt';
export { useLatestSavedSnapshotTime } from './useLatestSavedSnapshotTime';
export { useConfirmStatus } from './useConfirmStatus';
export type { ExportedFile, ImportCheck, ImportSummary, SnapshotEntry } from './snapshotTasks';
export { useComparison, useSnapshotReads, useStoredSnapshots, type SnapshotReads } from './useSnapshotQueries';
export {
  useDeleteSnapshot,
  useExportSnapshot,
  useImportSnapshot,
  useRenameSnapshot,
  useSaveSnapshot,
  type ImportSnapshotInput,
  type SnapshotRef,
} from './useSnapshotMutations';
export { useAuthorSettings, useSetAuthorName } from './useAuthorSettings';
export { useDeferredIndicatorSeed } from './useDeferredIndicatorSeed';
export { useIndicatorHistory, useIndicatorPeriods, useIndicators } from './indicatorQueries';
export { preloadMoveCode } from './preloadMoveCode';
export { whenIdle } from './whenIdle';
export {
  TeamSignInError,
  useDismissSyncNotice,
  useKeepMyValue,
  useSignInToTeam,
  useSignOutOfTeam,
  useSyncNotices,
  useTeamSyncAutostart,
  useWaitingCount,
  type TeamSignIn,
  type TeamSignInFailure,
} from './teamSync/useTeamSync';
export { preloadTeamSyncCode } from './teamSync/preloadTeamSyncCode';
export { useIsTeamReader, useTeamSyncSetting } from './teamSync/useTeamSyncSetting';
export { useTeamSyncState, type TeamSyncState } from './teamSync/teamSyncStatus';
export type { SyncNotice, TeamSyncSetting } from '../db';
