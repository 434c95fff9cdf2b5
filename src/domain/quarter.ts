export type QuarterNumber = 1 | 2 | 3 | 4;

export interface Quarter {
  year: number;
  quarter: QuarterNumber;
}

/** A target such as "Q3 2025" or, with a phase label, "Phase 1: Q2 2026". */
export interface QuarterTarget extends Quarter {
  phase: string | null;
}

const isPlausibleYear = (year: number) => year >= 1900 && year <= 2999;

const TARGET_PATTERN = /^\s*(?:([^:]*\S)\s*:\s*)?Q([1-4])\s+(\d{4})\s*$/i;

export function parseQuarterTarget(text: string): QuarterTarget | null {
  const match = TARGET_PATTERN.exec(text);
  if (!match) return null;
  const [, phase, quarter, year] = match;
  const yearNumber = Number(year);
  if (!isPlausibleYear(yearNumber)) return null;
  return {
    phase: phase ? phase.trim() : null,
    quarter: Number(quarter) as QuarterNumber,
    year: yearNumber,
  };
}

export function formatQuarter(quarter: Quarter): string {
  return `Q${quarter.quarter} ${quarter.year}`;
}

export function formatQuarterTarget(target: QuarterTarget): string {
  const quarter = formatQuarter(target);
  return target.phase ? `${target.phase}: ${quarter}` : quarter;
}

/** Canonical spelling of a target text ("q3  2025" -> "Q3 2025"), or null when malformed. */
export function normalizeQuarterTarget(text: string): string | null {
  const target = parseQuarterTarget(text);
  return target ? formatQuarterTarget(target) : null;
}

export function quarterIndex(quarter: Quarter): number {
  return quarter.year * 4 + (quarter.quarter - 1);
}

export function compareQuarters(a: Quarter, b: Quarter): number {
  return quarterIndex(a) - quarterIndex(b);
}

/** A target spanning whole years, such as "2026-2028" (the report's "period 2026-2028"). */
export interface YearPeriod {
  fromYear: number;
  toYear: number;
}

const PERIOD_PATTERN = /^\s*(\d{4})\s*[-\u2013]\s*(\d{4})\s*$/;

export function parseYearPeriod(text: string): YearPeriod | null {
  const match = PERIOD_PATTERN.exec(text);
  if (!match) return null;
  const fromYear = Number(match[1]);
  const toYear = Number(match[2]);
  if (!isPlausibleYear(fromYear) || !isPlausibleYear(toYear) || toYear < fromYear) return null;
  return { fromYear, toYear };
}

export function formatYearPeriod(period: YearPeriod): string {
  return `${period.fromYear}-${period.toYear}`;
}

/** A stored target: a quarter (with its optional phase label) or a period of years. */
export type ParsedTarget = { kind: 'quarter'; quarter: QuarterTarget } | { kind: 'period'; period: YearPeriod };

export function parseTarget(text: string): ParsedTarget | null {
  const quarter = parseQuarterTarget(text);
  if (quarter) return { kind: 'quarter', quarter };
  const period = parseYearPeriod(text);
  return period ? { kind: 'period', period } : null;
}

/** The first and last quarters a target covers (the same quarter for a quarter target). */
export function targetQuarters(text: string): { first: Quarter; last: Quarter } | null {
  const target = parseTarget(text);
  if (!target) return null;
  if (target.kind === 'quarter') {
    const { year, quarter } = target.quarter;
    return { first: { year, quarter }, last: { year, quarter } };
  }
  return { first: { year: target.period.fromYear, quarter: 1 }, last: { year: target.period.toYear, quarter: 4 } };
}

/** Orders target texts chronologically by where they start; malformed or missing targets sort last. */
export function compareTargetTexts(a: string | null, b: string | null): number {
  const qa = a ? targetQuarters(a)?.first : null;
  const qb = b ? targetQuarters(b)?.first : null;
  if (!qa && !qb) return 0;
  if (!qa) return 1;
  if (!qb) return -1;
  return compareQuarters(qa, qb);
}

export function addQuarters(quarter: Quarter, count: number): Quarter {
  const index = quarterIndex(quarter) + count;
  return { year: Math.floor(index / 4), quarter: ((index % 4) + 1) as QuarterNumber };
}

/** The quarter containing an ISO calendar date (YYYY-MM-DD). */
export function quarterOfDate(isoDate: string): Quarter {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  return { year, quarter: (Math.floor((month - 1) / 3) + 1) as QuarterNumber };
}

/** Last calendar day of a quarter as YYYY-MM-DD. */
export function quarterEndDate(quarter: Quarter): string {
  const lastMonth = quarter.quarter * 3;
  const lastDay = new Date(Date.UTC(quarter.year, lastMonth, 0)).getUTCDate();
  return `${quarter.year}-${String(lastMonth).padStart(2, '0')}-${String(lastDay).padStart(2, '0')}`;
}
