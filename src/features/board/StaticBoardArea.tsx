import { useLayoutEffect, useMemo } from 'react';
import type { CardDragProps } from './ActionLineCard';
import { columnPropsOf, type BoardAreaProps } from './boardAreaProps';
import { toItems, type BoardContainer } from './boardContainers';
import { BoardLayout } from './BoardLayout';
import { StaticBoardColumn } from './StaticBoardColumn';
import { useBoardMoves } from './useBoardMoves';

interface StaticBoardAreaProps extends BoardAreaProps {
  /** Carries the handles' early key presses. */
  drag: CardDragProps;
  /** Called as the area is replaced, while its cards (and the focus in them) are still in place. */
  onLeave: () => void;
}

/**
 * The board as it first paints: columns, cards and Move menus, without drag and drop, whose code
 * loads just after (see BoardArea).
 */
export function StaticBoardArea({ drag, onLeave, ...props }: StaticBoardAreaProps) {
  const { lines, containers, areas, isSwimlanes, isFiltered, linesByCode, factsByCode, areasByCode, onOpen } = props;
  const items = useMemo(() => toItems(containers), [containers]);
  const moves = useBoardMoves(lines, items);
  useLayoutEffect(() => onLeave, [onLeave]);
  const columnProps = columnPropsOf({ linesByCode, factsByCode, areasByCode, isFiltered, onOpen }, items, moves);
  const renderColumn = (container: BoardContainer, headingLevel: 2 | 3, label: string) => (
    <StaticBoardColumn key={container.id} {...columnProps(container, headingLevel, label)} drag={drag} />
  );
  return <BoardLayout containers={containers} areas={areas} isSwimlanes={isSwimlanes} renderColumn={renderColumn} />;
}
