import type { ProgressFigures } from '../../domain';
import { progressMessageValues, useTranslation } from '../../i18n';

/** "24 lines, 18 started = 75 %, 2 completed" for a snapshot's headline figures. */
export function useFiguresText(): (figures: ProgressFigures) => string {
  const { t, i18n } = useTranslation();
  return (figures) =>
    t('snapshots.figures', progressMessageValues(figures, i18n.language));
}
