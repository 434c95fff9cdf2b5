import { memo } from 'react';
import { ActionLineCard } from './ActionLineCard';
import type { BoardColumnProps } from './BoardColumn';
import { BoardColumnFrame } from './BoardColumnFrame';

/** The same column without drag and drop, shown while the drag-and-drop code loads. */
export const StaticBoardColumn = memo(function StaticBoardColumn({
  id,
  linesByCode,
  factsByCode,
  areasByCode,
  moves,
  onOpen,
  ...frame
}: BoardColumnProps) {
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
                {...facts}
              />
            </li>
          );
        })
      }
    </BoardColumnFrame>
  );
});
