import { useLayoutEffect, useMemo } from 'react';
import type { CardDragProps } from './ActionLineCard';
import type { BoardAreaProps } from './boardAreaProps';
import { toItems, type BoardContainer } from './boardContainers';
import { BoardLayout } from './BoardLayout';
import { StaticBoardColumn } from './StaticBoardColumn';
import { useBoardMoves } from './useBoardMoves';

const NO_CODES: string[] = [];

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
  const renderColumn = (container: BoardContainer, headingLevel: 2 | 3, label: string) => (
    <StaticBoardColumn
      key={container.id}
      id={container.id}
      status={container.status}
      label={label}
      codes={items[container.id] ?? NO_CODES}
      linesByCode={linesByCode}
      factsByCode={factsByCode}
      areasByCode={areasByCode}
      isFiltered={isFiltered}
      headingLevel={headingLevel}
      moves={moves}
      onOpen={onOpen}
      drag={drag}
    />
  );
  return <BoardLayout containers={containers} areas={areas} isSwimlanes={isSwimlanes} renderColumn={renderColumn} />;
}
