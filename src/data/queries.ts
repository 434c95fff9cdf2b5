import { useQuery } from '@tanstack/react-query';
import {
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
