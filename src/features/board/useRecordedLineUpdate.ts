import { useCallback } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { ActionLine } from '../../domain';
import { queryKeys, useUpdateActionLine, type ActionLinePatch } from '../../data';
import { useUndoStore } from '../../state/undoStore';

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
  const { mutateAsync } = useUpdateActionLine();
  const record = useUndoStore((state) => state.record);
  const discard = useUndoStore((state) => state.discard);
  return useCallback(
    async (code, patch, label, expected) => {
      const line = queryClient.getQueryData<ActionLine[]>(queryKeys.actionLines)?.find((l) => l.code === code);
      if (!line) return;
      const previous =
        expected ??
        Object.fromEntries(Object.keys(patch).map((field) => [field, line[field as keyof ActionLinePatch]]));
      const saving = mutateAsync({ code, patch, expected: previous });
      // Recorded at once (an undo waits for the save), so an immediate Ctrl+Z undoes this change.
      const entry = record({
        label,
        undo: () => saving.then(() => mutateAsync({ code, patch: previous, expected: patch })),
        redo: () => mutateAsync({ code, patch, expected: previous }),
      });
      await saving.catch((error: unknown) => {
        discard(entry.id);
        throw error;
      });
    },
    [discard, mutateAsync, queryClient, record],
  );
}
