export { TrackerDatabase, DEFAULT_DATABASE_NAME, type TableName, type StoredSnapshot } from './database';
export { SCHEMA_VERSIONS, CURRENT_SCHEMA_VERSION, SchemaUpgradeError, type SchemaVersion } from './schemaVersions';
export * from './actionLineRepository';
export * from './milestoneRepository';
export * from './priorityItemRepository';
export * from './readRepository';
export { describeOpenError, describeStorageError, type OpenErrorKind, type StorageErrorKind } from './storageError';
export * from './snapshotRepository';
export { latestSavedSnapshotTime, readLastExportAt } from './snapshotTimes';
