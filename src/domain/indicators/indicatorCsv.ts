import { buildCsv, type CsvSeparator } from '../csv';
import { sortByRank } from '../rankOrder';
import { comparePeriods, periodKind, type PeriodKind } from './period';
import type { Breakdown, Indicator, IndicatorPeriod, IndicatorUnit, IndicatorValue, ValueSource } from './types';

export const INDICATOR_CSV_COLUMNS = [
  'indicator',
  'unit',
  'currency',
  'area',
  'lines',
  'start',
  'end',
  'kind',
  'baseline',
  'target',
  'actual',
  'baselineSource',
  'targetSource',
  'actualSource',
  'dimension',
  'part',
  'partValue',
  'partsUnit',
] as const;

export type IndicatorCsvColumn = (typeof INDICATOR_CSV_COLUMNS)[number];

export interface IndicatorCsvLabels {
  column: Record<IndicatorCsvColumn, string>;
  unit: (unit: IndicatorUnit) => string;
  /** The area's code and name, or the words for the strategy as a whole. */
  area: (areaCode: string | null) => string;
  kind: (kind: PeriodKind) => string;
  partsUnit: (partsUnit: Breakdown['partsUnit']) => string;
  /** A figure as the spreadsheet reads it: no grouping, the decimal mark that goes with the separator. */
  number: (value: number) => string;
  source: (source: ValueSource) => string;
}

type Row = string[];

/**
 * The indicators as a spreadsheet: one row per period (its figures and their sources), then one row
 * per part of each of its breakdowns, each row naming its indicator and period so that rows can be
 * filtered and sorted on their own. Indicators in their list order, periods in time order.
 */
export function indicatorsToCsv(
  indicators: readonly Indicator[],
  periods: readonly IndicatorPeriod[],
  labels: IndicatorCsvLabels,
  separator: CsvSeparator,
): string {
  const figure = (value: IndicatorValue | null) => (value ? labels.number(value.value) : '');
  const source = (value: IndicatorValue | null) => (value?.source ? labels.source(value.source) : '');
  const rows: Row[] = [];
  for (const indicator of sortByRank(indicators)) {
    const own = periods.filter((period) => period.indicatorId === indicator.id).sort(comparePeriods);
    const currency = indicator.unit.kind === 'money' ? indicator.unit.currency : '';
    const about = [indicator.name, labels.unit(indicator.unit), currency, labels.area(indicator.areaCode), indicator.lineCodes.join(' ')];
    for (const period of own) {
      const when = [period.start, period.end, labels.kind(periodKind(period))];
      const { baseline, target, actual } = period;
      rows.push([...about, ...when, figure(baseline), figure(target), figure(actual), source(baseline), source(target), source(actual), '', '', '', '']);
      for (const breakdown of period.breakdowns) {
        for (const part of breakdown.parts) {
          rows.push([...about, ...when, '', '', '', '', '', '', breakdown.dimension, part.label, labels.number(part.value), labels.partsUnit(breakdown.partsUnit)]);
        }
      }
    }
  }
  return buildCsv(INDICATOR_CSV_COLUMNS.map((column) => labels.column[column]), rows, separator);
}
