import { useCallback } from 'react';
import type { FieldSaveResult } from '../domain';
import { isStaleWrite, useStorageErrorMessage } from './useStorageErrorMessage';

/** Turns a field's write into what the field shows: saved, changed elsewhere, or failed and why. */
export function useFieldSave(): (saving: Promise<unknown>) => Promise<FieldSaveResult> {
  const describeError = useStorageErrorMessage();
  return useCallback(
    (saving) =>
      saving.then(
        (): FieldSaveResult => ({ status: 'saved' }),
        (error: unknown): FieldSaveResult =>
          isStaleWrite(error) ? { status: 'stale' } : { status: 'failed', reason: describeError(error) },
      ),
    [describeError],
  );
}
