import type { TableName } from '../db';

/** One key prefix per table: a Dexie change to a table invalidates every query under it. */
export const queryKeys = {
  areas: ['areas'] as const,
  actionLines: ['actionLines'] as const,
  milestones: ['milestones'] as const,
  priorityItems: ['priorityItems'] as const,
  settings: ['settings'] as const,
  history: ['history'] as const,
  lineHistory: (lineCode: string) => ['history', lineCode] as const,
  snapshots: ['snapshots'] as const,
} satisfies Record<TableName, readonly unknown[]> & Record<string, unknown>;
