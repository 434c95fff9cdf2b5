import { sortByRank, type Indicator, type IndicatorPeriod, type IndicatorWithPeriods } from '../domain';
import {
  addIndicator,
  addIndicatorPeriod,
  deleteIndicator,
  deleteIndicatorPeriod,
  updateIndicator,
  updateIndicatorPeriod,
} from '../db';
import { useDatabase } from './DatabaseContext';
import { queryKeys } from './queryKeys';
import { useOptimisticMutation } from './useOptimisticMutation';

type IndicatorChange =
  | { kind: 'add'; value: IndicatorWithPeriods }
  | { kind: 'update'; before: Indicator; after: Indicator }
  | { kind: 'delete'; expected: IndicatorWithPeriods };

type PeriodChange =
  | { kind: 'add'; period: IndicatorPeriod }
  | { kind: 'update'; before: IndicatorPeriod; after: IndicatorPeriod }
  | { kind: 'delete'; expected: IndicatorPeriod };

function indicatorsOnceSaved(indicators: Indicator[], change: IndicatorChange): Indicator[] {
  switch (change.kind) {
    case 'add':
      return sortByRank([...indicators, change.value.indicator]);
    case 'update':
      return sortByRank(indicators.map((indicator) => (indicator.id === change.after.id ? change.after : indicator)));
    case 'delete':
      return indicators.filter((indicator) => indicator.id !== change.expected.indicator.id);
  }
}

function periodsOnceSaved(periods: IndicatorPeriod[], change: PeriodChange): IndicatorPeriod[] {
  switch (change.kind) {
    case 'add':
      return [...periods, change.period];
    case 'update':
      return periods.map((period) => (period.id === change.after.id ? change.after : period));
    case 'delete':
      return periods.filter((period) => period.id !== change.expected.id);
  }
}

/**
 * Adds, edits and deletes indicators (with their periods) and periods: each shows at once and rolls
 * back if its write fails. An added or deleted indicator's periods follow once the write lands.
 */
export function useIndicatorMutations() {
  const db = useDatabase();
  return {
    indicator: useOptimisticMutation<Indicator[], IndicatorChange>({
      queryKey: queryKeys.indicators,
      write: (change) => {
        if (change.kind === 'add') return addIndicator(db, change.value);
        if (change.kind === 'update') return updateIndicator(db, change.before, change.after);
        return deleteIndicator(db, change.expected);
      },
      applyToCache: indicatorsOnceSaved,
    }),
    period: useOptimisticMutation<IndicatorPeriod[], PeriodChange>({
      queryKey: queryKeys.indicatorPeriods,
      write: (change) => {
        if (change.kind === 'add') return addIndicatorPeriod(db, change.period);
        if (change.kind === 'update') return updateIndicatorPeriod(db, change.before, change.after);
        return deleteIndicatorPeriod(db, change.expected);
      },
      applyToCache: periodsOnceSaved,
    }),
  };
}
