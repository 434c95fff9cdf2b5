export * from './status';
export * from './quarter';
export * from './schedule';
export * from './progress';
export * from './summary';
export * from './moves';
export * from './rankOrder';
export * from './history';
export * from './evidence';
export * from './evidenceUpgrade';
export type * from './types';
export { HISTORY_ENTITIES, INDICATOR_HISTORY_ENTITIES } from './types';
export type { Placement, RankedId } from './rank';
export {
  SEED_AREAS,
  SEED_PRIORITY_ITEMS,
  SEED_STRATEGY,
  INFERRED_STARTED_REASON,
  buildSeedActionLines,
} from './seed/resourceMobilizationStrategy';
export { REPORT_DOCUMENT } from './seed/reportPassages';
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
export * from './undo';
export * from './revert';
export type * from './fieldSave';
export * from './linkedText';
export * from './report';
export { ulid } from './ulid';
export * from './indicators';
export { groupByLine } from './groupByLine';
