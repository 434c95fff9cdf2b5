import { memo } from 'react';
import type { ActionLine, Area, Status } from '../../domain';
import { ActionLineCard, type CardDragProps, type CardFacts } from './ActionLineCard';
import { BoardColumnFrame } from './BoardColumnFrame';
import type { BoardMoves } from './useBoardMoves';

interface StaticBoardColumnProps {
  id: string;
  status: Status;
  label: string;
  codes: string[];
  linesByCode: ReadonlyMap<string, ActionLine>;
  factsByCode: ReadonlyMap<string, CardFacts>;
  areasByCode: ReadonlyMap<string, Area>;
  isFiltered: boolean;
  headingLevel: 2 | 3;
  moves: BoardMoves;
  onOpen: (code: string) => void;
  drag: CardDragProps;
}

/** A status column as it first paints, before drag and drop has loaded: the same markup, no sensors. */
export const StaticBoardColumn = memo(function StaticBoardColumn({
  id,
  linesByCode,
  factsByCode,
  areasByCode,
  moves,
  onOpen,
  drag,
  ...frame
}: StaticBoardColumnProps) {
  return (
    <BoardColumnFrame {...frame} containerId={id}>
      {(shown) =>
        shown.map((code, index) => {
          const line = linesByCode.get(code);
          const facts = factsByCode.get(code);
          if (!line || !facts) return null;
          return (
            <li key={code}>
              <ActionLineCard
                line={line}
                area={areasByCode.get(line.areaCode)}
                isFirst={index === 0}
                isLast={index === frame.codes.length - 1}
                moves={moves}
                onOpen={onOpen}
                drag={drag}
                {...facts}
              />
            </li>
          );
        })
      }
    </BoardColumnFrame>
  );
});
