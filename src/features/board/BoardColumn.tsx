import { memo, useState } from 'react';
import { useDroppable } from '@dnd-kit/core';
import { useTranslation } from '../../i18n';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { statusKey, type ActionLine, type Area, type Status } from '../../domain';
import type { CardFacts } from './ActionLineCard';
import { SortableActionLineCard } from './SortableActionLineCard';
import type { BoardMoves } from './useBoardMoves';

/** Long columns show this many cards until "Show all" is pressed, so a 2,000-line board stays fast. */
const COLUMN_CARD_LIMIT = 50;

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

/**
 * A status column: heading, count, and its cards as a droppable, sortable list (shortened when
 * long; only the cards shown are sortable), or the empty state.
 */
export const BoardColumn = memo(function BoardColumn({
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
  const [isExpanded, setIsExpanded] = useState(false);
  const { setNodeRef, isOver } = useDroppable({ id });
  const roleDescription = t('dnd.roleDescription');
  const key = statusKey(status);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const shown = isExpanded ? codes : codes.slice(0, COLUMN_CARD_LIMIT);
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
      <ol ref={setNodeRef} className="board-column__cards">
        {codes.length === 0 && (
          <li className="board-column__empty">{t(isFiltered ? 'board.emptyFiltered' : 'board.emptyColumn')}</li>
        )}
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
                isLast={index === codes.length - 1}
                moves={moves}
                onOpen={onOpen}
                {...facts}
              />
            );
          })}
        </SortableContext>
      </ol>
      {codes.length > COLUMN_CARD_LIMIT && (
        <button type="button" className="button button--secondary board-column__more" onClick={() => setIsExpanded((value) => !value)}>
          {isExpanded ? t('board.showFewer', { count: COLUMN_CARD_LIMIT }) : t('board.showAll', { count: codes.length })}
        </button>
      )}
    </section>
  );
});
