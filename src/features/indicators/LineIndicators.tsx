import { useTranslation } from '../../i18n';
import { Link } from 'wouter';
import { latestActualPeriod } from '../../domain';
import { useIndicatorPeriods, useIndicators } from '../../data';
import { usePeriodLabel } from './usePeriodLabel';
import './indicators.css';
import { formatIndicatorValue } from './formatIndicator';

/** In a line's panel: the indicators that inform the line, each with its latest figure. */
export function LineIndicators({ code }: { code: string }) {
  const { t, i18n } = useTranslation();
  const periodLabel = usePeriodLabel();
  const indicators = useIndicators();
  const periods = useIndicatorPeriods();
  const informing = (indicators.data ?? []).filter((indicator) => indicator.lineCodes.includes(code));
  return (
    <section className="panel__section line-indicators" aria-labelledby="line-indicators-heading">
      <h3 id="line-indicators-heading" className="panel__section-title">{t('indicators.panel.heading')}</h3>
      {informing.length === 0 ? (
        <p className="muted">{t('indicators.panel.none')}</p>
      ) : (
        <ul className="line-indicators__list">
          {informing.map((indicator) => {
            const latest = latestActualPeriod((periods.data ?? []).filter((period) => period.indicatorId === indicator.id));
            return (
              <li key={indicator.id}>
                <bdi>{indicator.name}</bdi>
                {latest?.actual && (
                  <span className="line-indicators__latest">
                    {' '}
                    {t('indicators.panel.latest', {
                      value: formatIndicatorValue(latest.actual.value, indicator.unit, i18n.language),
                      period: periodLabel(latest),
                    })}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {informing.length > 0 && <Link to={`/indicators?line=${encodeURIComponent(code)}`}>{t('indicators.panel.open', { code })}</Link>}
    </section>
  );
}
