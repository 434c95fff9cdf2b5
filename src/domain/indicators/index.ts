export type * from './types';
export * from './period';
export * from './validation';
export * from './progress';
export * from './history';
export * from './indicatorCsv';
