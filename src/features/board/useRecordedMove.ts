import { useCallback, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { positionOf, statusKey, type ActionLine, type Status } from '../../domain';
import { useMoveActionLine } from '../../data';
import { useUiStore } from '../../state/uiStore';
import { useUndoStore } from '../../state/undoStore';
import { useReportOvertakenUndo } from './useReportOvertakenUndo';

/**
 * Saves a card at a position of a status column, records it for undo and redo, and confirms in a
 * toast that offers Undo. The returned promise settles once the move is saved or rolled back. The
 * function keeps its identity across data changes, so memoised cards do not re-render when another
 * card moves.
 */
export type MoveFocus = 'handle' | 'move' | null;

export function useRecordedMove(
  lines: readonly ActionLine[],
): (code: string, status: Status, columnIndex: number, focus?: MoveFocus) => Promise<void> {
  const { t } = useTranslation();
  const { mutateAsync } = useMoveActionLine();
  const showToast = useUiStore((state) => state.showToast);
  const requestCardFocus = useUiStore((state) => state.requestCardFocus);
  const record = useUndoStore((state) => state.record);
  const undo = useUndoStore((state) => state.undo);
  const discard = useUndoStore((state) => state.discard);
  const reportOvertaken = useReportOvertakenUndo();
  const latestLines = useRef(lines);
  useLayoutEffect(() => {
    latestLines.current = lines;
  }, [lines]);

  return useCallback(
    (code: string, status: Status, columnIndex: number, focus: MoveFocus = 'move') => {
      const from = positionOf(latestLines.current, code);
      if (!from || (from.status === status && from.index === columnIndex)) return Promise.resolve();
      const statusName = t(`status.${statusKey(status)}`);
      const message =
        from.status !== status
          ? t('move.moved', { code, status: statusName })
          : t('move.reordered', { code, status: statusName, position: columnIndex + 1, count: from.count });
      if (focus) requestCardFocus({ code, status, order: columnIndex, target: focus });
      const save = (toStatus: Status, toIndex: number, expectedStatus?: Status) =>
        mutateAsync({ code, toStatus, toIndex, expectedStatus });
      const saving = save(status, columnIndex);
      // Recorded at once (an undo waits for the save), so an immediate Ctrl+Z undoes this move.
      // Undo and redo move the card back only from where this move left it.
      const entry = record({
        label: message,
        undo: () => saving.then(() => save(from.status, from.index, status)),
        redo: () => save(status, columnIndex, from.status),
      });
      return saving
        .then(() => {
          showToast({
            kind: 'info',
            message,
            action: { label: t('move.undo'), run: () => void undo(entry.id).catch(reportOvertaken) },
          });
        })
        .catch(() => discard(entry.id));
    },
    [discard, mutateAsync, record, reportOvertaken, requestCardFocus, showToast, t, undo],
  );
}
