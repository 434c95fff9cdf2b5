import { memo } from 'react';
import { ActionLineCard, type CardDragProps } from './ActionLineCard';
import type { BoardColumnProps } from './boardAreaProps';
import { BoardColumnFrame } from './BoardColumnFrame';

interface StaticBoardColumnProps extends BoardColumnProps {
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
