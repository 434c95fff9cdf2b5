import { useTranslation } from '../../i18n';
import { Link } from 'wouter';
import { latestActualPeriod, trendPoints, type ActionLine, type Area, type Indicator, type IndicatorPeriod } from '../../domain';
import { usePeriodLabel } from './usePeriodLabel';
import { IndicatorBreakdowns } from './IndicatorBreakdowns';
import { IndicatorPeriodsTable } from './IndicatorPeriodsTable';
import { IndicatorTrend } from './IndicatorTrend';
import { formatIndicatorValue } from './formatIndicator';
import { IndicatorForm } from './IndicatorForm';
import { IndicatorHistory } from './IndicatorHistory';
import { PeriodForm } from './PeriodForm';
import { useIndicatorEditing } from './useIndicatorEditing';

interface IndicatorCardProps {
  indicator: Indicator;
  periods: IndicatorPeriod[];
  areaName: string | null;
  areas: Area[];
  lines: ActionLine[];
  /** After the indicator is deleted: focus goes somewhere that still exists. */
  onDeleted: () => void;
}

/** One indicator: its latest figure against baseline and target, its whole years drawn, every period listed with its source. */
export function IndicatorCard({ indicator, periods, areaName, areas, lines, onDeleted }: IndicatorCardProps) {
  const { t, i18n } = useTranslation();
  const editor = useIndicatorEditing(indicator, periods);
  const { editing } = editor;
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
        <h2 id={headingId} className="indicator__name" tabIndex={-1}>
          <bdi>{indicator.name}</bdi>
        </h2>
        <p className="indicator__meta">
          <span>{areaName ? t('indicators.area', { code: indicator.areaCode, name: areaName }) : t('indicators.strategyWide')}</span>
          <span>{unitName}</span>
          <span>{t(`indicators.direction.${indicator.direction}`)}</span>
        </p>
        <div className="indicator__actions">
          <button type="button" id={editor.ids.edit} className="report-button report-button--small" aria-label={t('indicators.edit.editLabel', { name: indicator.name })} onClick={editor.editIndicator}>
            {t('indicators.edit.edit')}
          </button>
          <button type="button" id={editor.ids.addPeriod} className="report-button report-button--small" aria-label={t('indicators.edit.addPeriodLabel', { name: indicator.name })} onClick={editor.addPeriod}>
            {t('indicators.edit.addPeriod')}
          </button>
          <button
            type="button"
            className="report-button report-button--small report-button--danger"
            aria-label={t('indicators.edit.deleteLabel', { name: indicator.name })}
            onClick={() => {
              void editor.removeIndicator();
              onDeleted();
            }}
          >
            {t('indicators.edit.delete')}
          </button>
        </div>
      </header>
      {editing?.kind === 'indicator' && (
        <IndicatorForm indicator={editing.before} areas={areas} lines={lines} onSubmit={editor.saveIndicator} onCancel={editor.close} failure={editor.failure} />
      )}
      {editing?.kind === 'period' && (
        <PeriodForm
          key={editing.period.id}
          indicator={indicator}
          period={editing.period}
          isNew={editing.isNew}
          initialDraft={editing.draft}
          otherPeriods={periods.filter((period) => period.id !== editing.period.id)}
          onSubmit={editor.savePeriod}
          onCancel={editor.close}
          failure={editor.failure}
        />
      )}
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
      <IndicatorPeriodsTable
        indicator={indicator}
        periods={periods}
        renderActions={(period, label) => (
          <div className="row-actions">
            <button type="button" id={editor.ids.editPeriod(period)} className="report-button report-button--small" aria-label={t('indicators.edit.editPeriodLabel', { period: label })} onClick={() => editor.editPeriod(period)}>
              {t('indicators.edit.edit')}
            </button>
            <button type="button" className="report-button report-button--small report-button--danger" aria-label={t('indicators.edit.deletePeriodLabel', { period: label })} onClick={() => editor.removePeriod(period)}>
              {t('indicators.edit.delete')}
            </button>
          </div>
        )}
      />
      <IndicatorBreakdowns indicator={indicator} periods={periods} />
      <details className="indicator__history-disclosure">
        <summary>{t('indicators.edit.history.heading')}</summary>
        <IndicatorHistory indicatorId={indicator.id} />
      </details>
    </article>
  );
}
