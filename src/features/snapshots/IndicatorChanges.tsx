import type { IndicatorChange, IndicatorPeriodChange, IndicatorUnit } from '../../domain';
import { IsolatedMessage, useTranslation } from '../../i18n';
import { formatIndicatorValue, usePeriodLabel } from '../indicators';
import { CappedList } from './CappedList';

const PERIOD_MESSAGES = { added: 'snapshots.compare.periodAdded', removed: 'snapshots.compare.periodRemoved', changed: 'snapshots.compare.periodChanged' } as const;

/** Per indicator, the periods added or removed and the baseline, target and actual figures that changed, in each side's unit. */
export function IndicatorChanges({ changes }: { changes: IndicatorChange[] }) {
  const { t, i18n } = useTranslation();
  const periodLabel = usePeriodLabel();
  if (changes.length === 0) return <p>{t('snapshots.compare.noIndicators')}</p>;
  const figure = (value: number | null, unit: IndicatorUnit) => (value === null ? t('indicators.notGiven') : formatIndicatorValue(value, unit, i18n.language));
  const periodItem = (indicator: IndicatorChange, period: IndicatorPeriodChange) => (
    <li key={`${period.start}/${period.end}`} data-kind={period.kind}>
      <IsolatedMessage render={(values) => t(PERIOD_MESSAGES[period.kind], values)} values={{ period: periodLabel(period) }} />
      {period.changes.length > 0 && (
        <ul>
          {period.changes.map((change) => (
            <li key={change.field} data-field={change.field}>
              <IsolatedMessage
                render={(values) => t('snapshots.compare.indicatorField', values)}
                values={{
                  field: t(`indicators.columns.${change.field}`),
                  from: figure(change.from, indicator.unitBefore),
                  to: figure(change.to, indicator.unit),
                }}
              />
            </li>
          ))}
        </ul>
      )}
    </li>
  );
  return (
    <CappedList
      items={changes}
      keyOf={(indicator) => indicator.id}
      renderItem={(indicator) => (
        <>
          <bdi className="snapshots__indicator">{indicator.name}</bdi>
          <ul>{indicator.periods.map((period) => periodItem(indicator, period))}</ul>
        </>
      )}
    />
  );
}
