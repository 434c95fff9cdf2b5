import { useCallback } from 'react';
import type { UndoableChange } from '../domain';
import { useApplyChange } from './useApplyChange';
import { useRecordedChange, type RecordOptions } from './useRecordedChange';

export type RecordAndApply = (change: UndoableChange, label: string, options?: Omit<RecordOptions, 'save'>) => Promise<void>;

/** Records a change and saves it by applying it over its `before`, for the views that load after the board. */
export function useRecordedApply(): RecordAndApply {
  const record = useRecordedChange();
  const apply = useApplyChange();
  return useCallback((change, label, options) => record(change, label, { ...options, save: () => apply(change) }), [record, apply]);
}
