import { useCallback } from 'react';
import type { FieldSaveResult } from '../domain';
import type { TrackerSettings } from '../db';
import { useIsTeamReader } from './teamSync/useTeamSyncSetting';
import { useFieldSave } from './useFieldSave';
import { useReportingDate, useSetReportingDate } from './useReportingDate';

/**
 * The reporting date as a field shows it, and its save, refused if another tab set it meanwhile;
 * read-only for a team reader (the team shares one reporting date); who set it, when named.
 */
export function useReportingDateField(): {
  value: string;
  onSave: (isoDate: string) => Promise<FieldSaveResult>;
  isReadOnly: boolean;
  setBy: TrackerSettings['reportingDateSetBy'];
} {
  const isReadOnly = useIsTeamReader();
  const { reportingDate, stored, setBy } = useReportingDate();
  const { mutateAsync } = useSetReportingDate();
  const saveField = useFieldSave();
  const onSave = useCallback(
    (isoDate: string) => saveField(mutateAsync({ isoDate, expected: stored })),
    [saveField, mutateAsync, stored],
  );
  return { value: reportingDate, onSave, isReadOnly, setBy };
}
