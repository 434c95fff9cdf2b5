import { useQuery } from '@tanstack/react-query';
import { readLastExportAt } from '../db';
import { useDatabase } from './DatabaseContext';
import { queryKeys } from './queryKeys';

/** Under the settings prefix, so a write to the settings table refreshes it with the rest. */
export const lastExportAtKey = [...queryKeys.settings, 'lastExportAt'] as const;

export function useLastExportAt() {
  const db = useDatabase();
  return useQuery({ queryKey: lastExportAtKey, queryFn: () => readLastExportAt(db) });
}
