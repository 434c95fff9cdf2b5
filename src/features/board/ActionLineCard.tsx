import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionLine, Area } from '../../domain';
import { MoveMenu } from './MoveMenu';
import type { BoardMoves } from './useBoardMoves';

interface ActionLineCardProps {
  line: ActionLine;
  area: Area | undefined;
  isFirst: boolean;
  isLast: boolean;
  moves: BoardMoves;
}

export const ActionLineCard = memo(function ActionLineCard({ line, area, isFirst, isLast, moves }: ActionLineCardProps) {
  const { t } = useTranslation();
  const titleId = `card-${line.code}-title`;
  return (
    <article className={`card card--area-${line.areaCode.toLowerCase()}`} aria-labelledby={titleId} data-code={line.code}>
      <header className="card__header">
        <span className="card__code">{line.code}</span>
        <MoveMenu line={line} isFirst={isFirst} isLast={isLast} moves={moves} />
      </header>
      <h3 id={titleId} className="card__title">
        {line.title}
      </h3>
      <p className="card__meta">
        {area && (
          <span className="chip chip--area" title={t('board.area', { code: area.code, name: area.name })}>
            {area.name}
          </span>
        )}
        <span className="card__target">{line.target ? t('board.target', { target: line.target }) : t('board.noTarget')}</span>
      </p>
    </article>
  );
});
