import { comparePeriods, periodKind, periodYear } from './period';
import type { IndicatorPeriod } from './types';

/** The most recent period with an actual value: the figure a reader asks for first. */
export function latestActualPeriod(periods: readonly IndicatorPeriod[]): IndicatorPeriod | null {
  const withActual = periods.filter((period) => period.actual !== null);
  return withActual.sort(comparePeriods).at(-1) ?? null;
}

export interface TrendPoint {
  year: number;
  value: number;
  periodId: string;
}

/**
 * The whole calendar years with an actual value, oldest first: the only periods a trend line may
 * join. Parts of years, multi-year totals and "as of" counts are listed apart, never drawn as years.
 */
export function trendPoints(periods: readonly IndicatorPeriod[]): TrendPoint[] {
  return periods
    .flatMap((period) => {
      const year = periodYear(period);
      return year !== null && period.actual ? [{ year, value: period.actual.value, periodId: period.id }] : [];
    })
    .sort((a, b) => a.year - b.year);
}

/** The periods the trend leaves out, in time order. */
export function periodsApart(periods: readonly IndicatorPeriod[]): IndicatorPeriod[] {
  return periods.filter((period) => periodKind(period) !== 'year').sort(comparePeriods);
}
