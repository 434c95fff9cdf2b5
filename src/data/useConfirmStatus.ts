import type { ActionLine } from '../domain';
import { confirmActionLineStatus } from '../db';
import { useDatabase } from './DatabaseContext';
import { queryKeys } from './queryKeys';
import { useOptimisticMutation } from './useOptimisticMutation';

/** Confirms a line's status as checked by a person; the history records it. */
export function useConfirmStatus() {
  const db = useDatabase();
  return useOptimisticMutation<ActionLine[], string>({
    queryKey: queryKeys.actionLines,
    write: (code) => confirmActionLineStatus(db, code),
    applyToCache: (lines, code) => lines.map((line) => (line.code === code ? { ...line, statusSource: 'person' } : line)),
  });
}
