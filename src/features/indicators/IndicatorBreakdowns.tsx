import { useTranslation } from '../../i18n';
import { comparePeriods, type Indicator, type IndicatorPeriod } from '../../domain';
import { ValueSourceText } from './ValueSourceText';
import { usePeriodLabel } from './usePeriodLabel';
import { formatIndicatorValue } from './formatIndicator';

/** Each breakdown as its source gives it: the parts in the indicator's unit, or shares of the total. */
export function IndicatorBreakdowns({ indicator, periods }: { indicator: Indicator; periods: IndicatorPeriod[] }) {
  const { t, i18n } = useTranslation();
  const periodLabel = usePeriodLabel();
  const withBreakdowns = [...periods].sort(comparePeriods).filter((period) => period.breakdowns.length > 0);
  if (withBreakdowns.length === 0) return null;
  return (
    <div className="indicator__breakdowns">
      {withBreakdowns.flatMap((period) =>
        period.breakdowns.map((breakdown) => {
          const periodName = periodLabel(period);
          return (
            <details key={breakdown.id} className="indicator__breakdown">
              <summary>{t('indicators.breakdown', { dimension: breakdown.dimension, period: periodName })}</summary>
              <table>
                <caption className="visually-hidden">{t('indicators.breakdown', { dimension: breakdown.dimension, period: periodName })}</caption>
                <tbody>
                  {breakdown.parts.map((part) => (
                    <tr key={part.label}>
                      <th scope="row">
                        <bdi>{part.label}</bdi>
                      </th>
                      <td>
                        {breakdown.partsUnit === 'share'
                          ? formatIndicatorValue(part.value, { kind: 'percent' }, i18n.language)
                          : formatIndicatorValue(part.value, indicator.unit, i18n.language)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {breakdown.note && <p className="indicator__note">{breakdown.note}</p>}
              <p className="indicator__source">
                <ValueSourceText source={breakdown.source} />
              </p>
            </details>
          );
        }),
      )}
    </div>
  );
}
