import { useCallback } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { ActionLine } from '../../domain';
import { queryKeys, useRecordedApply, type ActionLinePatch } from '../../data';

/**
 * Saves edited fields of a line over the values this tab shows, and records the change for undo
 * and redo. Each write names the values it replaces, so none lands over a change made elsewhere.
 */
export function useRecordedLineUpdate(): (
  code: string,
  patch: ActionLinePatch,
  label: string,
  /** The values the change replaces, as the user saw them; by default the cached ones. */
  expected?: ActionLinePatch,
) => Promise<void> {
  const queryClient = useQueryClient();
  const record = useRecordedApply();
  return useCallback(
    async (code, patch, label, expected) => {
      const line = queryClient.getQueryData<ActionLine[]>(queryKeys.actionLines)?.find((l) => l.code === code);
      if (!line) return;
      const before =
        expected ??
        Object.fromEntries(Object.keys(patch).map((field) => [field, line[field as keyof ActionLinePatch]]));
      // The field itself says when the value changed elsewhere meanwhile.
      await record({ kind: 'line', code, before, after: patch }, label, { reportStale: false });
    },
    [queryClient, record],
  );
}
