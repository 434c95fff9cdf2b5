import { useTranslation } from 'react-i18next';
import { statusKey, type ActionLine, type Area, type Status } from '../../domain';
import { ActionLineCard } from './ActionLineCard';
import type { BoardMoves } from './useBoardMoves';

interface BoardColumnProps {
  status: Status;
  lines: ActionLine[];
  areasByCode: ReadonlyMap<string, Area>;
  moves: BoardMoves;
}

export function BoardColumn({ status, lines, areasByCode, moves }: BoardColumnProps) {
  const { t } = useTranslation();
  const key = statusKey(status);
  const titleId = `column-${key}-title`;
  return (
    <section className={`board-column board-column--${key}`} aria-labelledby={titleId}>
      <header className="board-column__header">
        <h2 id={titleId} className="board-column__title">
          {t(`status.${key}`)}
        </h2>
        <span className="board-column__count">{t('board.columnCount', { count: lines.length })}</span>
      </header>
      {lines.length === 0 ? (
        <p className="board-column__empty">{t('board.emptyColumn')}</p>
      ) : (
        <ol className="board-column__cards">
          {lines.map((line, index) => (
            <li key={line.code}>
              <ActionLineCard
                line={line}
                area={areasByCode.get(line.areaCode)}
                isFirst={index === 0}
                isLast={index === lines.length - 1}
                moves={moves}
              />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
