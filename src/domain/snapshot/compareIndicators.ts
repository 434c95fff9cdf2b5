import { comparePeriods, type IndicatorPeriod, type IndicatorUnit } from '../indicators';
import type { SnapshotIndicator, TrackerData } from './schema';

export const INDICATOR_VALUE_FIELDS = ['baseline', 'target', 'actual'] as const;
export type IndicatorValueField = (typeof INDICATOR_VALUE_FIELDS)[number];

/** A figure on both sides; null where the period had none (or did not exist). */
export interface IndicatorValueChange {
  field: IndicatorValueField;
  from: number | null;
  to: number | null;
}

/** A period added (its figures from nothing), removed (its figures to nothing) or with figures changed. */
export interface IndicatorPeriodChange {
  kind: 'added' | 'removed' | 'changed';
  start: string;
  end: string;
  changes: IndicatorValueChange[];
}

export interface IndicatorChange {
  id: string;
  name: string;
  /** The unit of the `to` figures, and of the `from` figures (`unitBefore`): a unit may change. */
  unit: IndicatorUnit;
  unitBefore: IndicatorUnit;
  periods: IndicatorPeriodChange[];
}

function figures(period: IndicatorPeriod | undefined): Record<IndicatorValueField, number | null> {
  return { baseline: period?.baseline?.value ?? null, target: period?.target?.value ?? null, actual: period?.actual?.value ?? null };
}

function periodChange(before: IndicatorPeriod | undefined, after: IndicatorPeriod | undefined): IndicatorPeriodChange | null {
  const period = after ?? before;
  if (!period) return null;
  const from = figures(before);
  const to = figures(after);
  const changes = INDICATOR_VALUE_FIELDS.filter((field) => from[field] !== to[field]).map((field) => ({ field, from: from[field], to: to[field] }));
  const kind = !before ? 'added' : !after ? 'removed' : 'changed';
  // A period added or removed counts even without figures; one kept counts only if a figure changed.
  if (kind === 'changed' && changes.length === 0) return null;
  return { kind, start: period.start, end: period.end, changes };
}

function periodsByIndicator(periods: readonly IndicatorPeriod[]): Map<string, Map<string, IndicatorPeriod>> {
  const grouped = new Map<string, Map<string, IndicatorPeriod>>();
  for (const period of periods) {
    const group = grouped.get(period.indicatorId) ?? new Map<string, IndicatorPeriod>();
    group.set(period.id, period);
    grouped.set(period.indicatorId, group);
  }
  return grouped;
}

/**
 * Per indicator, its periods added and removed and the baseline, target and actual values that
 * changed, with both values: the figures a committee asks about. Indicators in their list order
 * (those only before, last); periods in time order. Names, definitions and breakdowns are left out.
 */
export function compareIndicators(before: TrackerData, after: TrackerData): IndicatorChange[] {
  const oldPeriods = periodsByIndicator(before.indicatorPeriods);
  const newPeriods = periodsByIndicator(after.indicatorPeriods);
  const oldIndicators = new Map(before.indicators.map((indicator) => [indicator.id, indicator]));
  const byOrder = (a: SnapshotIndicator, b: SnapshotIndicator) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const kept = new Set(after.indicators.map((indicator) => indicator.id));
  const indicators = [...[...after.indicators].sort(byOrder), ...before.indicators.filter((indicator) => !kept.has(indicator.id)).sort(byOrder)];
  return indicators.flatMap((indicator) => {
    const old = oldPeriods.get(indicator.id) ?? new Map<string, IndicatorPeriod>();
    const current = newPeriods.get(indicator.id) ?? new Map<string, IndicatorPeriod>();
    const ids = new Set([...old.keys(), ...current.keys()]);
    const periods = [...ids]
      .map((id) => ({ period: (current.get(id) ?? old.get(id)) as IndicatorPeriod, change: periodChange(old.get(id), current.get(id)) }))
      .filter((each): each is { period: IndicatorPeriod; change: IndicatorPeriodChange } => each.change !== null)
      .sort((a, b) => comparePeriods(a.period, b.period))
      .map((each) => each.change);
    if (periods.length === 0) return [];
    const unitBefore = oldIndicators.get(indicator.id)?.unit ?? indicator.unit;
    return [{ id: indicator.id, name: indicator.name, unit: indicator.unit, unitBefore, periods }];
  });
}
