import { memo } from 'react';
import { useDroppable } from '@dnd-kit/core';
import { useTranslation } from 'react-i18next';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import type { ActionLine, Area, Status } from '../../domain';
import type { CardFacts } from './ActionLineCard';
import { BoardColumnFrame } from './BoardColumnFrame';
import { SortableActionLineCard } from './SortableActionLineCard';
import type { BoardMoves } from './useBoardMoves';

interface BoardColumnProps {
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
}

/** A droppable, sortable status column; only the cards shown are sortable. */
export const BoardColumn = memo(function BoardColumn({
  id,
  linesByCode,
  factsByCode,
  areasByCode,
  moves,
  onOpen,
  ...frame
}: BoardColumnProps) {
  const { t } = useTranslation();
  const roleDescription = t('dnd.roleDescription');
  const { setNodeRef, isOver } = useDroppable({ id });
  return (
    <BoardColumnFrame {...frame} containerId={id} isOver={isOver} listRef={setNodeRef}>
      {(shown) => (
        <SortableContext id={id} items={shown} strategy={verticalListSortingStrategy}>
          {shown.map((code, index) => {
            const line = linesByCode.get(code);
            const facts = factsByCode.get(code);
            if (!line || !facts) return null;
            return (
              <SortableActionLineCard
                key={code}
                line={line}
                area={areasByCode.get(line.areaCode)}
                containerId={id}
                roleDescription={roleDescription}
                isFirst={index === 0}
                isLast={index === frame.codes.length - 1}
                moves={moves}
                onOpen={onOpen}
                {...facts}
              />
            );
          })}
        </SortableContext>
      )}
    </BoardColumnFrame>
  );
});
