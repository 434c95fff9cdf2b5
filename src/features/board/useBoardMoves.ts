import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { columnIndexForDrop, linesInStatus, positionOf, type ActionLine, type Status } from '../../domain';
import { useIsTeamReader } from '../../data';
import { findContainerOf, type ContainerItems } from './boardContainers';
import { useRecordedMove, type MoveFocus } from './useRecordedMove';

export interface BoardMoves {
  moveToStatus: (code: string, status: Status) => void;
  /** Moves a card one visible place up or down within its container. */
  moveBy: (code: string, offset: -1 | 1) => void;
  /** Saves a card at a position in the whole status column. */
  moveTo: (code: string, status: Status, columnIndex: number, focus?: MoveFocus) => Promise<void>;
  /** Signed in to the team as a reader: cards neither drag nor offer moves (the board says why). */
  isReadOnly: boolean;
}

/** The board's move commands; `items` are the cards as shown, so moves follow the visible order. */
export function useBoardMoves(lines: readonly ActionLine[], items: ContainerItems): BoardMoves {
  const moveTo = useRecordedMove(lines);
  const isReadOnly = useIsTeamReader();
  const latest = useRef({ lines, items });
  useLayoutEffect(() => {
    latest.current = { lines, items };
  }, [lines, items]);

  const moveToStatus = useCallback(
    (code: string, status: Status) => {
      const size = linesInStatus(latest.current.lines, status).filter((line) => line.code !== code).length;
      void moveTo(code, status, size);
    },
    [moveTo],
  );

  const moveBy = useCallback(
    (code: string, offset: -1 | 1) => {
      const { lines: currentLines, items: currentItems } = latest.current;
      const position = positionOf(currentLines, code);
      const container = findContainerOf(currentItems, code);
      const visible = container ? (currentItems[container] ?? []) : [];
      const visibleIndex = visible.indexOf(code) + offset;
      if (!position || visibleIndex < 0 || visibleIndex >= visible.length) return;
      void moveTo(code, position.status, columnIndexForDrop(currentLines, code, position.status, visible, visibleIndex));
    },
    [moveTo],
  );

  return useMemo(() => ({ moveToStatus, moveBy, moveTo, isReadOnly }), [moveToStatus, moveBy, moveTo, isReadOnly]);
}
