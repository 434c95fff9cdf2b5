import { useMemo } from 'react';
import type { BoardAreaProps } from './boardAreaProps';
import { toItems, type BoardContainer } from './boardContainers';
import { BoardLayout } from './BoardLayout';
import { StaticBoardColumn } from './StaticBoardColumn';
import { useBoardMoves } from './useBoardMoves';

/**
 * The board as it first paints: the same columns and cards, with the Move menu working, while
 * the drag-and-drop code loads in the background.
 */
export function StaticBoardArea({ lines, containers, areas, isSwimlanes, isFiltered, linesByCode, factsByCode, areasByCode, onOpen }: BoardAreaProps) {
  const items = useMemo(() => toItems(containers), [containers]);
  const moves = useBoardMoves(lines, items);
  const renderColumn = (container: BoardContainer, headingLevel: 2 | 3, label: string) => (
    <StaticBoardColumn
      key={container.id}
      id={container.id}
      status={container.status}
      label={label}
      codes={container.codes}
      linesByCode={linesByCode}
      factsByCode={factsByCode}
      areasByCode={areasByCode}
      isFiltered={isFiltered}
      headingLevel={headingLevel}
      moves={moves}
      onOpen={onOpen}
    />
  );
  return <BoardLayout containers={containers} areas={areas} isSwimlanes={isSwimlanes} renderColumn={renderColumn} isDragReady={false} />;
}
