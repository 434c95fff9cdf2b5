import type { TrackerSettings } from '../db';
import { useDatabase } from './DatabaseContext';
import { queryKeys } from './queryKeys';
import { useOptimisticMutation } from './useOptimisticMutation';

export interface SetReportingDateInput {
  isoDate: string | null;
  /** The stored date the change started from: a date changed meanwhile is not overwritten. */
  expected?: string | null;
}

/** Stores the reporting date (null: today), unrecorded; the flags follow at once, and every tab with them. */
export function useWriteReportingDate() {
  const db = useDatabase();
  return useOptimisticMutation<TrackerSettings, SetReportingDateInput>({
    queryKey: queryKeys.settings,
    write: async ({ isoDate, expected }) => {
      const { writeReportingDate } = await import('../db/trackerSettingWrite');
      await writeReportingDate(db, isoDate, expected === undefined ? undefined : { reportingDate: expected });
    },
    applyToCache: (settings, { isoDate }) => ({ ...settings, reportingDate: isoDate, reportingDateSetBy: null }),
  });
}
