import { periodKind, type IndicatorPeriod } from '../../domain';
import { formatDate, useTranslation } from '../../i18n';
import { formatPeriodRange } from './formatIndicator';

/** A period as a reader names it; a figure at a single date reads "as of" that date. */
export function usePeriodLabel(): (period: Pick<IndicatorPeriod, 'start' | 'end'>) => string {
  const { t, i18n } = useTranslation();
  return (period) => {
    const kind = periodKind(period);
    return kind === 'asOf' ? t('indicators.asOf', { date: formatDate(period.start, i18n.language) }) : formatPeriodRange(period, kind, i18n.language);
  };
}
