import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { latestActualPeriod, trendPoints, type Indicator, type IndicatorPeriod } from '../../domain';
import { usePeriodLabel } from './usePeriodLabel';
import { IndicatorBreakdowns } from './IndicatorBreakdowns';
import { IndicatorPeriodsTable } from './IndicatorPeriodsTable';
import { IndicatorTrend } from './IndicatorTrend';
import { formatIndicatorValue } from './formatIndicator';

interface IndicatorCardProps {
  indicator: Indicator;
  periods: IndicatorPeriod[];
  areaName: string | null;
}

/** One indicator: its latest figure against baseline and target, its whole years drawn, every period listed with its source. */
export function IndicatorCard({ indicator, periods, areaName }: IndicatorCardProps) {
  const { t, i18n } = useTranslation();
  const periodLabel = usePeriodLabel();
  const latest = latestActualPeriod(periods);
  const headingId = `indicator-${indicator.id}`;
  const unitName =
    indicator.unit.kind === 'money' ? t('indicators.unit.money', { currency: indicator.unit.currency }) : t(`indicators.unit.${indicator.unit.kind}`);
  const figure = (value: number | undefined) =>
    value === undefined ? <span className="muted">{t('indicators.notGiven')}</span> : formatIndicatorValue(value, indicator.unit, i18n.language);
  return (
    <article className="indicator" aria-labelledby={headingId} data-indicator={indicator.id}>
      <header className="indicator__header">
        <h2 id={headingId} className="indicator__name">
          <bdi>{indicator.name}</bdi>
        </h2>
        <p className="indicator__meta">
          <span>{areaName ? t('indicators.area', { code: indicator.areaCode, name: areaName }) : t('indicators.strategyWide')}</span>
          <span>{unitName}</span>
          <span>{t(`indicators.direction.${indicator.direction}`)}</span>
        </p>
      </header>
      <p className="indicator__definition">{indicator.definition}</p>
      <dl className="indicator__figures">
        <div className="indicator__figure indicator__figure--latest">
          <dt>{t('indicators.latest')}</dt>
          <dd>
            <span className="indicator__value">{figure(latest?.actual?.value)}</span>
            {latest && <span className="indicator__period">{periodLabel(latest)}</span>}
          </dd>
        </div>
        <div className="indicator__figure">
          <dt>{t('indicators.columns.baseline')}</dt>
          <dd>{figure(latest?.baseline?.value)}</dd>
        </div>
        <div className="indicator__figure">
          <dt>{t('indicators.columns.target')}</dt>
          <dd>{figure(latest?.target?.value)}</dd>
        </div>
      </dl>
      {indicator.lineCodes.length > 0 && (
        <p className="indicator__lines">
          {t('indicators.informs')}{' '}
          {indicator.lineCodes.map((code, index) => (
            <span key={code}>
              {index > 0 && ', '}
              <Link to={`/board?line=${encodeURIComponent(code)}`} aria-label={t('indicators.openLine', { code })}>
                {code}
              </Link>
            </span>
          ))}
        </p>
      )}
      <IndicatorTrend points={trendPoints(periods)} unit={indicator.unit} />
      <IndicatorPeriodsTable indicator={indicator} periods={periods} />
      <IndicatorBreakdowns indicator={indicator} periods={periods} />
    </article>
  );
}
