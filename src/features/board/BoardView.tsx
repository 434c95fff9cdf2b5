import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { STATUSES, computeProgress, linesInStatus, type Area } from '../../domain';
import { useActionLines, useAreas } from '../../data';
import { formatPercent } from '../../i18n';
import { BoardColumn } from './BoardColumn';
import { useBoardMoves } from './useBoardMoves';

export function BoardView() {
  const { t, i18n } = useTranslation();
  const linesQuery = useActionLines();
  const areasQuery = useAreas();
  const moves = useBoardMoves(linesQuery.data ?? []);

  const areasByCode = useMemo(
    () => new Map<string, Area>((areasQuery.data ?? []).map((area) => [area.code, area])),
    [areasQuery.data],
  );

  if (linesQuery.isPending || areasQuery.isPending) {
    return <p className="page__status">{t('app.loading')}</p>;
  }
  if (linesQuery.isError) {
    return (
      <p className="page__status" role="alert">
        {t('app.loadFailed', { message: linesQuery.error.message })}
      </p>
    );
  }

  const lines = linesQuery.data;
  const figures = computeProgress(lines);

  return (
    <section className="page board" aria-labelledby="board-title">
      <header className="page__header">
        <h1 id="board-title" className="page__title">
          {t('board.title')}
        </h1>
        <p className="page__intro">{t('board.intro')}</p>
        <p className="board__headline">
          {t('progress.headline', {
            total: figures.total,
            started: figures.started,
            percent: formatPercent(figures.startedPercent, i18n.language),
            completed: figures.completed,
            toBeStarted: figures.toBeStarted,
          })}
        </p>
      </header>
      <div className="board__columns">
        {STATUSES.map((status) => (
          <BoardColumn
            key={status}
            status={status}
            lines={linesInStatus(lines, status)}
            areasByCode={areasByCode}
            moves={moves}
          />
        ))}
      </div>
    </section>
  );
}
