import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { describeStorageError, writeReportingDate } from '../db';
import { useUiStore } from '../state/uiStore';
import { useDatabase } from './DatabaseContext';
import { useSettings } from './queries';
import { queryKeys } from './queryKeys';
import { useStorageErrorMessage } from './useStorageErrorMessage';
import { useToday } from './useToday';

/** The reporting date that overdue and due-soon flags are computed against: the setting, or today. */
export function useReportingDate(): { reportingDate: string; isSet: boolean; stored: string | null } {
  const { data } = useSettings();
  const today = useToday();
  const stored = data?.reportingDate ?? null;
  return { reportingDate: stored ?? today, isSet: stored !== null, stored };
}

export function useSetReportingDate() {
  const db = useDatabase();
  const queryClient = useQueryClient();
  const { t } = useTranslation();
  const describeError = useStorageErrorMessage();
  const showToast = useUiStore((state) => state.showToast);
  return useMutation({
    mutationFn: ({ isoDate, expected }: { isoDate: string | null; expected?: string | null }) =>
      writeReportingDate(db, isoDate, expected === undefined ? undefined : { reportingDate: expected }),
    onError: (error) =>
      describeStorageError(error) !== 'stale' &&
      showToast({ kind: 'error', message: t('errors.saveFailed', { reason: describeError(error) }) }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.settings }),
  });
}
