import { useQuery } from '@tanstack/react-query';
import {
  countInferredStatusLines,
  listActionLines,
  listAreas,
  listLineHistory,
  listPriorityItems,
  readSettings,
  type StoredActionLine,
} from '../db';
import type { Milestone } from '../domain';
import { useDatabase } from './DatabaseContext';
import { queryKeys } from './queryKeys';

export function useAreas() {
  const db = useDatabase();
  return useQuery({ queryKey: queryKeys.areas, queryFn: () => listAreas(db) });
}

export function useActionLines() {
  const db = useDatabase();
  return useQuery({ queryKey: queryKeys.actionLines, queryFn: () => listActionLines(db) });
}

/** How many lines' statuses are inferred, of how many; refreshed with the lines (its key is under theirs). */
export function useInferredStatusCount() {
  const db = useDatabase();
  return useQuery({ queryKey: queryKeys.inferredStatusCount, queryFn: () => countInferredStatusLines(db) });
}

const milestonesOf = (lines: readonly StoredActionLine[]): Milestone[] => lines.flatMap((line) => line.milestones);

/** Every line's milestones, from the lines' query: a line's record holds them (StoredActionLine). */
export function useMilestones() {
  const db = useDatabase();
  return useQuery({ queryKey: queryKeys.actionLines, queryFn: () => listActionLines(db), select: milestonesOf });
}

export function usePriorityItems() {
  const db = useDatabase();
  return useQuery({ queryKey: queryKeys.priorityItems, queryFn: () => listPriorityItems(db) });
}

export function useSettings() {
  const db = useDatabase();
  return useQuery({ queryKey: queryKeys.settings, queryFn: () => readSettings(db) });
}

export function useLineHistory(lineCode: string) {
  const db = useDatabase();
  return useQuery({ queryKey: queryKeys.lineHistory(lineCode), queryFn: () => listLineHistory(db, lineCode) });
}
