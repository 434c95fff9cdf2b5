import { useCallback } from 'react';
import type { FieldSaveResult } from '../domain';
import { useTranslation } from '../i18n';
import { useIsTeamReader } from './teamSync/useTeamSyncSetting';
import { useFieldSave } from './useFieldSave';
import { useReportingDate, useSetReportingDate } from './useReportingDate';

/**
 * The reporting date as a field shows it, and its save, refused if another tab set it meanwhile;
 * locked, with the reason, for a team reader (the team shares one reporting date).
 */
export function useReportingDateField(): { value: string; onSave: (isoDate: string) => Promise<FieldSaveResult>; lockedReason: string | null } {
  const { t } = useTranslation();
  const isReader = useIsTeamReader();
  const { reportingDate, stored } = useReportingDate();
  const { mutateAsync } = useSetReportingDate();
  const saveField = useFieldSave();
  const onSave = useCallback(
    (isoDate: string) => saveField(mutateAsync({ isoDate, expected: stored })),
    [saveField, mutateAsync, stored],
  );
  return { value: reportingDate, onSave, lockedReason: isReader ? t('teamSyncState.readerLocked') : null };
}
