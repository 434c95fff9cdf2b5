import { isIsoDate, periodsClash } from './period';
import type { Breakdown, Indicator, IndicatorPeriod, IndicatorUnit } from './types';

/**
 * A problem with an indicator or a period. Errors stop a save; a warning is shown and the save goes
 * on (a breakdown that misses its total by rounding, once its note says so).
 */
export type IndicatorIssue =
  | { severity: 'error'; code: 'nameMissing' }
  | { severity: 'error'; code: 'currencyUnknown'; currency: string }
  | { severity: 'error'; code: 'lineUnknown'; lineCode: string }
  | { severity: 'error'; code: 'dateInvalid'; field: 'start' | 'end' }
  | { severity: 'error'; code: 'endBeforeStart' }
  | { severity: 'error'; code: 'periodClash'; otherStart: string; otherEnd: string }
  | { severity: 'error'; code: 'percentOver100'; field: 'baseline' | 'target' | 'actual'; value: number }
  | { severity: 'error'; code: 'negative'; field: 'baseline' | 'target' | 'actual'; value: number }
  | { severity: 'error'; code: 'breakdownEmpty'; breakdownId: string }
  | { severity: 'error' | 'warning'; code: 'breakdownSum'; breakdownId: string; dimension: string; partsUnit: Breakdown['partsUnit']; total: number; sum: number; difference: number };

/** Every ISO 4217 code this JavaScript engine knows: well kept by the engine, not by a hand-made list. */
export function isKnownCurrency(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && Intl.supportedValuesOf('currency').includes(code);
}

export function validateIndicator(indicator: Pick<Indicator, 'name' | 'unit' | 'lineCodes'>, knownLineCodes: ReadonlySet<string>): IndicatorIssue[] {
  const issues: IndicatorIssue[] = [];
  if (indicator.name.trim() === '') issues.push({ severity: 'error', code: 'nameMissing' });
  if (indicator.unit.kind === 'money' && !isKnownCurrency(indicator.unit.currency)) {
    issues.push({ severity: 'error', code: 'currencyUnknown', currency: indicator.unit.currency });
  }
  for (const lineCode of indicator.lineCodes) {
    if (!knownLineCodes.has(lineCode)) issues.push({ severity: 'error', code: 'lineUnknown', lineCode });
  }
  return issues;
}

// Floating-point sums of rounded figures (0.1 + 0.2) must not read as a missed total.
const SUM_TOLERANCE = 1e-9;

function roundForDisplay(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

function breakdownIssues(breakdown: Breakdown, actual: number | null): IndicatorIssue[] {
  if (breakdown.parts.length === 0) return [{ severity: 'error', code: 'breakdownEmpty', breakdownId: breakdown.id }];
  const total = breakdown.partsUnit === 'share' ? 100 : actual;
  if (total === null) return [];
  const sum = breakdown.parts.reduce((acc, part) => acc + part.value, 0);
  const difference = roundForDisplay(sum - total);
  if (Math.abs(sum - total) <= SUM_TOLERANCE * Math.max(1, Math.abs(total))) return [];
  const severity = breakdown.note.trim() === '' ? 'error' : 'warning';
  return [{ severity, code: 'breakdownSum', breakdownId: breakdown.id, dimension: breakdown.dimension, partsUnit: breakdown.partsUnit, total, sum: roundForDisplay(sum), difference }];
}

const VALUE_FIELDS = ['baseline', 'target', 'actual'] as const;

/** Checks a period against its indicator's unit and the indicator's other periods. */
export function validatePeriod(
  period: Omit<IndicatorPeriod, 'updatedAt' | 'updatedBy'>,
  unit: IndicatorUnit,
  otherPeriods: readonly Pick<IndicatorPeriod, 'id' | 'start' | 'end'>[],
): IndicatorIssue[] {
  const issues: IndicatorIssue[] = [];
  const isStartValid = isIsoDate(period.start);
  const isEndValid = isIsoDate(period.end);
  if (!isStartValid) issues.push({ severity: 'error', code: 'dateInvalid', field: 'start' });
  if (!isEndValid) issues.push({ severity: 'error', code: 'dateInvalid', field: 'end' });
  if (isStartValid && isEndValid) {
    if (period.end < period.start) issues.push({ severity: 'error', code: 'endBeforeStart' });
    else {
      const clash = otherPeriods.find((other) => other.id !== period.id && periodsClash(period, other));
      if (clash) issues.push({ severity: 'error', code: 'periodClash', otherStart: clash.start, otherEnd: clash.end });
    }
  }
  for (const field of VALUE_FIELDS) {
    const value = period[field]?.value;
    if (value === undefined) continue;
    if (value < 0) issues.push({ severity: 'error', code: 'negative', field, value });
    else if (unit.kind === 'percent' && value > 100) issues.push({ severity: 'error', code: 'percentOver100', field, value });
  }
  for (const breakdown of period.breakdowns) issues.push(...breakdownIssues(breakdown, period.actual?.value ?? null));
  return issues;
}

export function hasErrors(issues: readonly IndicatorIssue[]): boolean {
  return issues.some((issue) => issue.severity === 'error');
}
