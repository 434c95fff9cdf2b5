export * from './teamDocuments';
export * from './mergeRecord';
