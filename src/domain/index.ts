export * from './status';
export * from './quarter';
export * from './schedule';
export * from './progress';
export * from './moves';
export * from './history';
export type * from './types';
export {
  SEED_AREAS,
  SEED_PRIORITY_ITEMS,
  SEED_STRATEGY,
  buildSeedActionLines,
} from './seed/resourceMobilizationStrategy';
export * from './boardFilter';
export * from './boardPlacement';
export * from './annex';
export * from './csv';
export * from './timeline';
export * from './priorities';
export * from './snapshot';
export * from './validation';
export * from './identifier';
export * from './backupReminder';
