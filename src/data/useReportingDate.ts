import { useCallback } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from '../i18n';
import type { TrackerSettings } from '../db';
import { useSettings } from './queries';
import { queryKeys } from './queryKeys';
import { useRecordedChange } from './useRecordedChange';
import { useToday } from './useToday';
import { useWriteReportingDate, type SetReportingDateInput } from './useWriteReportingDate';

/** The reporting date that overdue and due-soon flags are computed against: the setting, or today. */
export function useReportingDate(): { reportingDate: string; isSet: boolean; stored: string | null; setBy: TrackerSettings['reportingDateSetBy'] } {
  const { data } = useSettings();
  const today = useToday();
  const stored = data?.reportingDate ?? null;
  return { reportingDate: stored ?? today, isSet: stored !== null, stored, setBy: data?.reportingDateSetBy ?? null };
}

/**
 * Stores the reporting date (null: today) and records it for undo; the flags follow at once, and
 * every tab with them. Without `expected`, the change replaces whatever is stored, and undo puts
 * back the date this tab showed.
 */
export function useSetReportingDate() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { mutateAsync: write } = useWriteReportingDate();
  const record = useRecordedChange();
  const mutateAsync = useCallback(
    (input: SetReportingDateInput) => {
      const shown = queryClient.getQueryData<TrackerSettings>(queryKeys.settings)?.reportingDate ?? null;
      const before = input.expected === undefined ? shown : input.expected;
      const label = t('undo.reportingDate', { date: input.isoDate ?? t('undo.today') });
      return record({ kind: 'reportingDate', before, after: input.isoDate }, label, { save: () => write(input), reportStale: false });
    },
    [queryClient, record, t, write],
  );
  const mutate = useCallback(
    (input: SetReportingDateInput, options: { onSettled?: () => void } = {}) => {
      // A failed save already says why in a toast; the caller only needs to know it is over.
      void mutateAsync(input)
        .catch(() => undefined)
        .then(() => options.onSettled?.());
    },
    [mutateAsync],
  );
  return { mutate, mutateAsync };
}
