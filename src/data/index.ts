export { DatabaseProvider, useDatabase } from './DatabaseContext';
export { createQueryClient } from './queryClient';
export { queryKeys } from './queryKeys';
export { useStorageInvalidation } from './useStorageInvalidation';
export * from './queries';
export { useMoveActionLine, type MoveActionLineInput } from './useMoveActionLine';
export { useStorageErrorMessage } from './useStorageErrorMessage';
export { todayIsoDate, useReportingDate, useSetReportingDate } from './useReportingDate';
