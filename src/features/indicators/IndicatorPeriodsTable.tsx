import type { ReactNode } from 'react';
import { useTranslation } from '../../i18n';
import { comparePeriods, periodKind, type Indicator, type IndicatorPeriod, type IndicatorValue } from '../../domain';
import { ValueSourceText } from './ValueSourceText';
import { usePeriodLabel } from './usePeriodLabel';
import { formatIndicatorValue } from './formatIndicator';

/** Every period, whole years and the rest alike, each labelled with what it covers and where its figures come from. */
export function IndicatorPeriodsTable({
  indicator,
  periods,
  renderActions,
}: {
  indicator: Indicator;
  periods: IndicatorPeriod[];
  /** Each row's buttons, given the period and its label. */
  renderActions?: (period: IndicatorPeriod, label: string) => ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const periodLabel = usePeriodLabel();
  const value = (figure: IndicatorValue | null) =>
    figure ? formatIndicatorValue(figure.value, indicator.unit, i18n.language) : <span className="muted">{t('indicators.notGiven')}</span>;
  const hasBaseline = periods.some((period) => period.baseline);
  const hasTarget = periods.some((period) => period.target);
  return (
    <div className="indicator__table-wrap">
      <table className="indicator__periods">
        <caption className="visually-hidden">{t('indicators.periodsCaption', { name: indicator.name })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('indicators.columns.period')}</th>
            {hasBaseline && <th scope="col">{t('indicators.columns.baseline')}</th>}
            {hasTarget && <th scope="col">{t('indicators.columns.target')}</th>}
            <th scope="col">{t('indicators.columns.actual')}</th>
            <th scope="col" className="indicator__source--column">
              {t('indicators.columns.source')}
            </th>
            {renderActions && (
              <th scope="col" className="indicator__row-actions">
                {t('indicators.edit.actions')}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {[...periods].sort(comparePeriods).map((period) => {
            const kind = periodKind(period);
            const source = period.actual?.source ?? period.target?.source ?? period.baseline?.source ?? null;
            return (
              <tr key={period.id} data-kind={kind}>
                <th scope="row">
                  {periodLabel(period)}
                  {kind !== 'year' && kind !== 'asOf' && <span className="indicator__kind">{t(`indicators.kind.${kind}`)}</span>}
                </th>
                {hasBaseline && <td>{value(period.baseline)}</td>}
                {hasTarget && <td>{value(period.target)}</td>}
                <td className="indicator__actual">
                  {value(period.actual)}
                  {period.note && <p className="indicator__note">{period.note}</p>}
                  {/* Phones have no room for a source column: the source follows the figure (CSS shows one or the other). */}
                  <p className="indicator__source indicator__source--inline">
                    <ValueSourceText source={source} />
                  </p>
                </td>
                <td className="indicator__source indicator__source--column">
                  <ValueSourceText source={source} />
                </td>
                {renderActions && <td className="indicator__row-actions">{renderActions(period, periodLabel(period))}</td>}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
