import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { linesInStatus, positionOf, statusKey, type ActionLine, type Status } from '../../domain';
import { useMoveActionLine } from '../../data';
import { useUiStore } from '../../state/uiStore';

export interface BoardMoves {
  moveToStatus: (code: string, status: Status) => void;
  moveBy: (code: string, offset: -1 | 1) => void;
}

/** The board's move commands: each saves at once and confirms in a polite toast. */
export function useBoardMoves(lines: readonly ActionLine[]): BoardMoves {
  const { t } = useTranslation();
  const { mutate } = useMoveActionLine();
  const showToast = useUiStore((state) => state.showToast);
  const requestCardFocus = useUiStore((state) => state.requestCardFocus);

  const moveToStatus = useCallback(
    (code: string, status: Status) => {
      const toIndex = linesInStatus(lines, status).length;
      requestCardFocus({ code, status, order: toIndex });
      mutate(
        { code, toStatus: status, toIndex },
        {
          onSuccess: () =>
            showToast({ kind: 'info', message: t('move.moved', { code, status: t(`status.${statusKey(status)}`) }) }),
        },
      );
    },
    [lines, mutate, requestCardFocus, showToast, t],
  );

  const moveBy = useCallback(
    (code: string, offset: -1 | 1) => {
      const position = positionOf(lines, code);
      if (!position) return;
      const toIndex = position.index + offset;
      if (toIndex < 0 || toIndex >= position.count) return;
      requestCardFocus({ code, status: position.status, order: toIndex });
      mutate(
        { code, toStatus: position.status, toIndex },
        {
          onSuccess: () =>
            showToast({
              kind: 'info',
              message: t('move.reordered', {
                code,
                position: toIndex + 1,
                count: position.count,
                status: t(`status.${statusKey(position.status)}`),
              }),
            }),
        },
      );
    },
    [lines, mutate, requestCardFocus, showToast, t],
  );

  return useMemo(() => ({ moveToStatus, moveBy }), [moveToStatus, moveBy]);
}
