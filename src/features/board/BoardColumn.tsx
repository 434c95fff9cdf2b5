import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useTranslation } from 'react-i18next';
import { statusKey, type ActionLine, type Area, type Status } from '../../domain';
import type { CardFacts } from './ActionLineCard';
import { SortableActionLineCard } from './SortableActionLineCard';
import type { BoardMoves } from './useBoardMoves';

interface BoardColumnProps {
  id: string;
  status: Status;
  /** The region's accessible name: the status, or area and status in swimlane view. */
  label: string;
  codes: string[];
  linesByCode: ReadonlyMap<string, ActionLine>;
  factsByCode: ReadonlyMap<string, CardFacts>;
  areasByCode: ReadonlyMap<string, Area>;
  isFiltered: boolean;
  /** Columns are h2 on the plain board and h3 inside an area's swimlane. */
  headingLevel: 2 | 3;
  moves: BoardMoves;
  onOpen: (code: string) => void;
}

export function BoardColumn({
  id,
  status,
  label,
  codes,
  linesByCode,
  factsByCode,
  areasByCode,
  isFiltered,
  headingLevel,
  moves,
  onOpen,
}: BoardColumnProps) {
  const { t } = useTranslation();
  const key = statusKey(status);
  const { setNodeRef, isOver } = useDroppable({ id });
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section
      className={`board-column board-column--${key}${isOver ? ' board-column--over' : ''}`}
      aria-label={label}
      data-container={id}
    >
      <header className="board-column__header">
        <Heading className="board-column__title">{t(`status.${key}`)}</Heading>
        <span className="board-column__count">{t('board.columnCount', { count: codes.length })}</span>
      </header>
      <SortableContext id={id} items={codes} strategy={verticalListSortingStrategy}>
        <ol ref={setNodeRef} className="board-column__cards">
          {codes.length === 0 && (
            <li className="board-column__empty">{t(isFiltered ? 'board.emptyFiltered' : 'board.emptyColumn')}</li>
          )}
          {codes.map((code, index) => {
            const line = linesByCode.get(code);
            const facts = factsByCode.get(code);
            if (!line || !facts) return null;
            return (
              <li key={code}>
                <SortableActionLineCard
                  line={line}
                  area={areasByCode.get(line.areaCode)}
                  containerId={id}
                  isFirst={index === 0}
                  isLast={index === codes.length - 1}
                  moves={moves}
                  onOpen={onOpen}
                  {...facts}
                />
              </li>
            );
          })}
        </ol>
      </SortableContext>
    </section>
  );
}
