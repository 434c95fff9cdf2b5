import { useCallback, useLayoutEffect, useRef } from 'react';
import { useTranslation } from '../../i18n';
import { loadKeyGeneration, positionOf, statusKey, type ActionLine, type Status } from '../../domain';
import { useMoveActionLine, useRecordedChange } from '../../data';
import { useUiStore } from '../../state/uiStore';

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
  const record = useRecordedChange();
  const requestCardFocus = useUiStore((state) => state.requestCardFocus);
  const latestLines = useRef(lines);
  useLayoutEffect(() => {
    latestLines.current = lines;
  }, [lines]);

  return useCallback(
    async (code: string, status: Status, columnIndex: number, focus: MoveFocus = 'move') => {
      const lines = latestLines.current;
      const from = positionOf(lines, code);
      if (!from || (from.status === status && from.index === columnIndex)) return;
      const { planLineMove } = await loadKeyGeneration();
      const placement = planLineMove(lines, code, status, columnIndex);
      const statusName = t(`status.${statusKey(status)}`);
      const message =
        from.status !== status
          ? t('move.moved', { code, status: statusName })
          : t('move.reordered', { code, status: statusName, position: columnIndex + 1, count: from.count });
      if (focus) requestCardFocus({ code, status, rank: placement.rank, target: focus });
      // The move itself is not checked against a stored status: it is what the person sees and drops.
      const change = {
        kind: 'move',
        code,
        from: { status: from.status, index: from.index, rank: from.rank },
        to: { status, index: columnIndex, rank: placement.rank },
      } as const;
      const save = () => mutateAsync({ code, toStatus: status, toIndex: columnIndex, placement });
      return record(change, message, { save, confirm: true }).catch(() => undefined);
    },
    [mutateAsync, record, requestCardFocus, t],
  );
}
