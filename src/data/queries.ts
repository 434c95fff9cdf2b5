import { useQuery } from '@tanstack/react-query';
import {
  listActionLines,
  listAreas,
  listLineHistory,
  listMilestones,
  listPriorityItems,
  readSettings,
} from '../db';
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

export function useMilestones() {
  const db = useDatabase();
  return useQuery({ queryKey: queryKeys.milestones, queryFn: () => listMilestones(db) });
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
