import { useTranslation } from 'react-i18next';
import type { ProgressFigures } from '../../domain';
import { formatPercent } from '../../i18n';

/** "24 lines, 18 started = 75 %, 2 completed" for a snapshot's headline figures. */
export function useFiguresText(): (figures: ProgressFigures) => string {
  const { t, i18n } = useTranslation();
  return (figures) =>
    t('snapshots.figures', {
      total: figures.total,
      started: figures.started,
      percent: formatPercent(figures.startedPercent, i18n.language),
      completed: figures.completed,
    });
}
