import { addQuarters, compareQuarters, parseQuarterTarget, quarterIndex, targetQuarters, type Quarter } from './quarter';

export interface QuarterRange {
  from: Quarter;
  to: Quarter;
}

/** Every quarter from `from` to `to` inclusive; empty when the range is reversed. */
export function quartersInRange({ from, to }: QuarterRange): Quarter[] {
  const count = quarterIndex(to) - quarterIndex(from) + 1;
  return Array.from({ length: Math.max(0, count) }, (_, offset) => addQuarters(from, offset));
}

export function yearRange(fromYear: number, toYear: number): QuarterRange {
  return { from: { year: fromYear, quarter: 1 }, to: { year: toYear, quarter: 4 } };
}

export type TimelinePlacement =
  | { kind: 'in-range'; column: number }
  /** A period of years: the columns it covers within the range, inclusive. */
  | { kind: 'period'; fromColumn: number; toColumn: number }
  | { kind: 'before' }
  | { kind: 'after' }
  | { kind: 'unscheduled' };

/** Where a target text falls in a range: a 0-based quarter column, outside it, or no target. */
export function placeTarget(target: string | null, range: QuarterRange): TimelinePlacement {
  const quarter = target ? parseQuarterTarget(target) : null;
  const span = target && !quarter ? targetQuarters(target) : null;
  if (span) {
    if (compareQuarters(span.last, range.from) < 0) return { kind: 'before' };
    if (compareQuarters(span.first, range.to) > 0) return { kind: 'after' };
    const column = (q: Quarter) => quarterIndex(q) - quarterIndex(range.from);
    const lastColumn = quarterIndex(range.to) - quarterIndex(range.from);
    return { kind: 'period', fromColumn: Math.max(0, column(span.first)), toColumn: Math.min(lastColumn, column(span.last)) };
  }
  if (!quarter) return { kind: 'unscheduled' };
  if (compareQuarters(quarter, range.from) < 0) return { kind: 'before' };
  if (compareQuarters(quarter, range.to) > 0) return { kind: 'after' };
  return { kind: 'in-range', column: quarterIndex(quarter) - quarterIndex(range.from) };
}

/** Fractional position (0..1) of an ISO date across the range, or null outside it. */
export function datePosition(isoDate: string, range: QuarterRange): number | null {
  const start = Date.UTC(range.from.year, (range.from.quarter - 1) * 3, 1);
  const end = Date.UTC(range.to.year, range.to.quarter * 3, 1);
  const at = Date.parse(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(at) || at < start || at >= end) return null;
  return (at - start) / (end - start);
}
