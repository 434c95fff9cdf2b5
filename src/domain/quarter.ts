export type QuarterNumber = 1 | 2 | 3 | 4;

export interface Quarter {
  year: number;
  quarter: QuarterNumber;
}

/** A target such as "Q3 2025" or, with a phase label, "Phase 1: Q2 2026". */
export interface QuarterTarget extends Quarter {
  phase: string | null;
}

const TARGET_PATTERN = /^\s*(?:([^:]*\S)\s*:\s*)?Q([1-4])\s+(\d{4})\s*$/i;

export function parseQuarterTarget(text: string): QuarterTarget | null {
  const match = TARGET_PATTERN.exec(text);
  if (!match) return null;
  const [, phase, quarter, year] = match;
  const yearNumber = Number(year);
  if (yearNumber < 1900 || yearNumber > 2999) return null;
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

/** Orders target texts chronologically; malformed or missing targets sort last. */
export function compareTargetTexts(a: string | null, b: string | null): number {
  const qa = a ? parseQuarterTarget(a) : null;
  const qb = b ? parseQuarterTarget(b) : null;
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
