/** How an indicator's values are counted; money keeps the currency its source gives. */
export type IndicatorUnit = { kind: 'count' } | { kind: 'percent' } | { kind: 'money'; currency: string };

export type IndicatorDirection = 'higher' | 'lower';

/** Where a value comes from: the document, its section or table, and the page when known. */
export interface ValueSource {
  document: string;
  section: string;
  page: number | null;
}

/** One figure of a period (its baseline, target or actual value) with its source. */
export interface IndicatorValue {
  value: number;
  source: ValueSource | null;
}

export interface BreakdownPart {
  label: string;
  value: number;
}

/**
 * A period's actual value split along one dimension (region, partner type...), as the source splits
 * it. Sources round, so a breakdown may miss its total; `note` says why it was kept anyway.
 */
export interface Breakdown {
  id: string;
  dimension: string;
  /** 'value': parts in the indicator's unit, adding up to the actual value; 'share': percentages adding up to 100. */
  partsUnit: 'value' | 'share';
  parts: BreakdownPart[];
  source: ValueSource | null;
  note: string;
}

/**
 * A stretch of time an indicator reports on: a year, part of a year, several years, or a single
 * date ("as of"). Dates are ISO (YYYY-MM-DD), `end` inclusive; an "as of" period starts and ends on
 * the same date.
 */
export interface IndicatorPeriod {
  id: string;
  indicatorId: string;
  start: string;
  end: string;
  baseline: IndicatorValue | null;
  target: IndicatorValue | null;
  actual: IndicatorValue | null;
  breakdowns: Breakdown[];
  note: string;
  updatedAt: string | null;
  updatedBy: string | null;
}

/** A figure behind the strategy, tracked period by period (after the IATI results standard). */
export interface Indicator {
  id: string;
  name: string;
  unit: IndicatorUnit;
  direction: IndicatorDirection;
  /** The area of action it informs; null for the strategy as a whole. */
  areaCode: string | null;
  lineCodes: string[];
  definition: string;
  /** Its place in the list: a fractional key. */
  rank: string;
  updatedAt: string | null;
  updatedBy: string | null;
}
