import { writeReportingDate, type TrackerSettings } from '../db';
import { useDatabase } from './DatabaseContext';
import { useSettings } from './queries';
import { queryKeys } from './queryKeys';
import { useOptimisticMutation } from './useOptimisticMutation';
import { useToday } from './useToday';

/** The reporting date that overdue and due-soon flags are computed against: the setting, or today. */
export function useReportingDate(): { reportingDate: string; isSet: boolean; stored: string | null } {
  const { data } = useSettings();
  const today = useToday();
  const stored = data?.reportingDate ?? null;
  return { reportingDate: stored ?? today, isSet: stored !== null, stored };
}

export interface SetReportingDateInput {
  isoDate: string | null;
  /** The stored date the change started from: a date changed meanwhile is not overwritten. */
  expected?: string | null;
}

/** Stores the reporting date (null: today); the flags follow at once, and every tab with them. */
export function useSetReportingDate() {
  const db = useDatabase();
  return useOptimisticMutation<TrackerSettings, SetReportingDateInput>({
    queryKey: queryKeys.settings,
    write: ({ isoDate, expected }) =>
      writeReportingDate(db, isoDate, expected === undefined ? undefined : { reportingDate: expected }),
    applyToCache: (settings, { isoDate }) => ({ ...settings, reportingDate: isoDate }),
  });
}
