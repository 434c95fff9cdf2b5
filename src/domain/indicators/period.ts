import type { IndicatorPeriod } from './types';

/**
 * What a period covers: one whole calendar year, several whole years, part of a year or more
 * (a stretch that is not whole years), or a single date. Only whole single years are drawn and
 * compared as years.
 */
export type PeriodKind = 'year' | 'years' | 'part' | 'asOf';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

export function periodKind(period: Pick<IndicatorPeriod, 'start' | 'end'>): PeriodKind {
  if (period.start === period.end) return 'asOf';
  const startsYear = period.start.endsWith('-01-01');
  const endsYear = period.end.endsWith('-12-31');
  if (!startsYear || !endsYear) return 'part';
  return period.start.slice(0, 4) === period.end.slice(0, 4) ? 'year' : 'years';
}

/** The year of a whole-year period, else null. */
export function periodYear(period: Pick<IndicatorPeriod, 'start' | 'end'>): number | null {
  return periodKind(period) === 'year' ? Number(period.start.slice(0, 4)) : null;
}

type Span = Pick<IndicatorPeriod, 'start' | 'end'>;

function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/**
 * Whether two periods of one indicator clash: the same period twice, or two stretches that share
 * days without one holding the other. Sources report a year inside a four-year total and January to
 * April inside the year, so nesting is allowed; "as of" dates are points and clash only with the
 * same date.
 */
export function periodsClash(a: Span, b: Span): boolean {
  if (a.start === b.start && a.end === b.end) return true;
  if (periodKind(a) === 'asOf' || periodKind(b) === 'asOf') return false;
  const share = a.start <= b.end && b.start <= a.end;
  return share && !contains(a, b) && !contains(b, a);
}

/** Periods in time order: by end date, then the shorter (later start) first. */
export function comparePeriods(a: Pick<IndicatorPeriod, 'start' | 'end' | 'id'>, b: Pick<IndicatorPeriod, 'start' | 'end' | 'id'>): number {
  if (a.end !== b.end) return a.end < b.end ? -1 : 1;
  if (a.start !== b.start) return a.start > b.start ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
