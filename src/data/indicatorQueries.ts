import { useQuery } from '@tanstack/react-query';
import { listIndicatorPeriods, listIndicators } from '../db/indicatorReads';
import { useDatabase } from './DatabaseContext';
import { useLineHistory } from './queries';
import { queryKeys } from './queryKeys';

// Apart from queries.ts, which the board's first load carries: only the indicator views read these.
export function useIndicators() {
  const db = useDatabase();
  return useQuery({ queryKey: queryKeys.indicators, queryFn: () => listIndicators(db) });
}

export function useIndicatorPeriods() {
  const db = useDatabase();
  return useQuery({ queryKey: queryKeys.indicatorPeriods, queryFn: () => listIndicatorPeriods(db) });
}

/** An indicator's changes and its periods', newest first: they are recorded under its id (HistoryEntry.lineCode). */
export function useIndicatorHistory(indicatorId: string) {
  return useLineHistory(indicatorId);
}
