import { memo } from 'react';
import { useDroppable } from '@dnd-kit/core';
import { useTranslation } from 'react-i18next';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import type { BoardColumnProps } from './boardAreaProps';
import { BoardColumnFrame } from './BoardColumnFrame';
import { SortableActionLineCard } from './SortableActionLineCard';

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
