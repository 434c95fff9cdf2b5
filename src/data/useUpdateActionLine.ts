import type { ActionLine } from '../domain';
import { updateActionLine, type ActionLinePatch } from '../db';
import { useDatabase } from './DatabaseContext';
import { queryKeys } from './queryKeys';
import { useOptimisticMutation } from './useOptimisticMutation';

export type { ActionLinePatch };

export interface UpdateActionLineInput {
  code: string;
  patch: ActionLinePatch;
  /** The stored values the change started from: a line changed meanwhile is not overwritten. */
  expected?: ActionLinePatch;
}

/** Edits fields of a line optimistically; a failed write restores the cache and says why. */
export function useUpdateActionLine() {
  const db = useDatabase();
  return useOptimisticMutation<ActionLine[], UpdateActionLineInput>({
    queryKey: queryKeys.actionLines,
    write: ({ code, patch, expected }) => updateActionLine(db, code, patch, { expected }),
    applyToCache: (lines, { code, patch }) => lines.map((line) => (line.code === code ? { ...line, ...patch } : line)),
  });
}
