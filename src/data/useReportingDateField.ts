import { useCallback } from 'react';
import type { FieldSaveResult } from '../domain';
import { useFieldSave } from './useFieldSave';
import { useReportingDate, useSetReportingDate } from './useReportingDate';

/** The reporting date as a field shows it, and its save, refused if another tab set it meanwhile. */
export function useReportingDateField(): { value: string; onSave: (isoDate: string) => Promise<FieldSaveResult> } {
  const { reportingDate, stored } = useReportingDate();
  const { mutateAsync } = useSetReportingDate();
  const saveField = useFieldSave();
  const onSave = useCallback(
    (isoDate: string) => saveField(mutateAsync({ isoDate, expected: stored })),
    [saveField, mutateAsync, stored],
  );
  return { value: reportingDate, onSave };
}
