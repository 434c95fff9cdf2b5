import type { TableName } from '../db';

/** One key prefix per table: a Dexie change to a table invalidates every query under it. */
export const queryKeys = {
  areas: ['areas'] as const,
  /** The lines with their milestones, which their records hold. */
  actionLines: ['actionLines'] as const,
  /** Counted from the lines' index, so under the lines. */
  inferredStatusCount: ['actionLines', 'inferredStatusCount'] as const,
  priorityItems: ['priorityItems'] as const,
  settings: ['settings'] as const,
  /** The name changes are recorded under and this device's id: local settings, so under settings. */
  authorSettings: ['settings', 'author'] as const,
  historyEntries: ['historyEntries'] as const,
  indicators: ['indicators'] as const,
  indicatorPeriods: ['indicatorPeriods'] as const,
  lineHistory: (lineCode: string) => ['historyEntries', lineCode] as const,
  snapshots: ['snapshots'] as const,
  /** Team sync's setting: local, so under settings. */
  teamSync: ['settings', 'teamSync'] as const,
  outbox: ['outbox'] as const,
  teamRevisions: ['teamRevisions'] as const,
  syncNotices: ['syncNotices'] as const,
  /** Comparisons read several tables: a change to any table refreshes them (useStorageInvalidation). */
  comparisons: ['comparisons'] as const,
  /** Two states compared: a stored snapshot's id each, or null for the current state. */
  comparison: (beforeId: string | null, afterId: string | null) => ['comparisons', beforeId, afterId] as const,
} satisfies Record<TableName, readonly unknown[]> & Record<string, unknown>;
