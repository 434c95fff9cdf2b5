export { TrackerDatabase, DEFAULT_DATABASE_NAME, type TableName, type StoredSnapshot } from './database';
export * from './actionLineRepository';
export * from './milestoneRepository';
export * from './priorityItemRepository';
export * from './readRepository';
export { describeStorageError } from './storageError';
export * from './snapshotRepository';
