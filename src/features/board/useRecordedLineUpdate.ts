import { useCallback } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { ActionLine } from '../../domain';
import type { ActionLinePatch } from '../../db';
import { queryKeys, useUpdateActionLine } from '../../data';
import { useUndoStore } from '../../state/undoStore';

/** Saves edited fields of a line and records the change for undo and redo. */
export function useRecordedLineUpdate(): (code: string, patch: ActionLinePatch, label: string) => Promise<void> {
  const queryClient = useQueryClient();
  const { mutateAsync } = useUpdateActionLine();
  const record = useUndoStore((state) => state.record);
  const discard = useUndoStore((state) => state.discard);
  return useCallback(
    async (code, patch, label) => {
      const line = queryClient.getQueryData<ActionLine[]>(queryKeys.actionLines)?.find((l) => l.code === code);
      if (!line) return;
      const previous = Object.fromEntries(
        Object.keys(patch).map((field) => [field, line[field as keyof ActionLinePatch]]),
      ) as ActionLinePatch;
      const saving = mutateAsync({ code, patch });
      // Recorded at once (an undo waits for the save), so an immediate Ctrl+Z undoes this change.
      const entry = record({
        label,
        undo: () => saving.then(() => mutateAsync({ code, patch: previous })),
        redo: () => mutateAsync({ code, patch }),
      });
      await saving.catch((error: unknown) => {
        discard(entry.id);
        throw error;
      });
    },
    [discard, mutateAsync, queryClient, record],
  );
}
