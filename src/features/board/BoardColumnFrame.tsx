import { useState, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { statusKey, type Status } from '../../domain';

/** Long columns show this many cards until "Show all" is pressed, so a 2,000-line board stays fast. */
export const COLUMN_CARD_LIMIT = 50;

interface BoardColumnFrameProps {
  status: Status;
  /** The region's accessible name: the status, or area and status in swimlane view. */
  label: string;
  codes: string[];
  isFiltered: boolean;
  /** Columns are h2 on the plain board and h3 inside an area's swimlane. */
  headingLevel: 2 | 3;
  isOver?: boolean;
  containerId: string;
  listRef?: Ref<HTMLOListElement>;
  /** Renders the list items for the cards that are shown. */
  children: (shownCodes: string[]) => ReactNode;
}

/** A status column's frame: heading, count, the card list (shortened when long) and empty state. */
export function BoardColumnFrame({
  status,
  label,
  codes,
  isFiltered,
  headingLevel,
  isOver = false,
  containerId,
  listRef,
  children,
}: BoardColumnFrameProps) {
  const { t } = useTranslation();
  const [isExpanded, setIsExpanded] = useState(false);
  const key = statusKey(status);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const shown = isExpanded ? codes : codes.slice(0, COLUMN_CARD_LIMIT);
  return (
    <section
      className={`board-column board-column--${key}${isOver ? ' board-column--over' : ''}`}
      aria-label={label}
      data-container={containerId}
    >
      <header className="board-column__header">
        <Heading className="board-column__title">{t(`status.${key}`)}</Heading>
        <span className="board-column__count">{t('board.columnCount', { count: codes.length })}</span>
      </header>
      <ol ref={listRef} className="board-column__cards">
        {codes.length === 0 && (
          <li className="board-column__empty">{t(isFiltered ? 'board.emptyFiltered' : 'board.emptyColumn')}</li>
        )}
        {children(shown)}
      </ol>
      {codes.length > COLUMN_CARD_LIMIT && (
        <button type="button" className="button button--secondary board-column__more" onClick={() => setIsExpanded((value) => !value)}>
          {isExpanded ? t('board.showFewer', { count: COLUMN_CARD_LIMIT }) : t('board.showAll', { count: codes.length })}
        </button>
      )}
    </section>
  );
}
