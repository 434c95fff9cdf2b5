import {
  ulid,
  periodKind,
  periodYear,
  validatePeriod,
  type Indicator,
  type IndicatorIssue,
  type IndicatorPeriod,
  type IndicatorValue,
  type Breakdown,
  type ValueSource,
} from '../../domain';
import { formatForInput, parseLocaleNumber } from './localeNumber';

export const VALUE_ROLES = ['baseline', 'target', 'actual'] as const;
export type ValueRole = (typeof VALUE_ROLES)[number];

/** One value's fields as typed: the figure and where it comes from. */
export interface ValueDraft {
  value: string;
  document: string;
  section: string;
  page: string;
}

/** A source's fields as typed. */
export type SourceDraft = Pick<ValueDraft, 'document' | 'section' | 'page'>;

export interface BreakdownPartDraft {
  /** The form's own key for the row, so removing one keeps focus and typing on the others. */
  key: string;
  label: string;
  value: string;
}

export function emptyPartDraft(): BreakdownPartDraft {
  return { key: ulid(), label: '', value: '' };
}

/** One breakdown's fields as typed: its dimension, its parts, its source and why it may miss its total. */
export interface BreakdownDraft extends SourceDraft {
  id: string;
  dimension: string;
  partsUnit: Breakdown['partsUnit'];
  parts: BreakdownPartDraft[];
  note: string;
}

export interface PeriodDraft {
  start: string;
  end: string;
  values: Record<ValueRole, ValueDraft>;
  breakdowns: BreakdownDraft[];
  note: string;
}

/** A field's own problem: a figure or page that is not a number, a source given without its document, a name left empty. */
export type FieldError = 'numberInvalid' | 'pageInvalid' | 'documentMissing' | 'dimensionMissing' | 'labelMissing';
/**
 * Keyed by the field's path: "actual.value", "actual.page", "breakdowns.0.dimension",
 * "breakdowns.0.parts.2.value"...
 */
export type PeriodDraftErrors = Partial<Record<string, FieldError>>;

const emptyValue: ValueDraft = { value: '', document: '', section: '', page: '' };

function sourceDraftOf(source: ValueSource | null): SourceDraft {
  return { document: source?.document ?? '', section: source?.section ?? '', page: source?.page === null || source?.page === undefined ? '' : String(source.page) };
}

function valueDraftOf(value: IndicatorValue | null, language: string): ValueDraft {
  if (!value) return emptyValue;
  return { value: formatForInput(value.value, language), ...sourceDraftOf(value.source) };
}

function breakdownDraftOf(breakdown: Breakdown, language: string): BreakdownDraft {
  return {
    id: breakdown.id,
    dimension: breakdown.dimension,
    partsUnit: breakdown.partsUnit,
    parts: breakdown.parts.map((part) => ({ key: ulid(), label: part.label, value: formatForInput(part.value, language) })),
    ...sourceDraftOf(breakdown.source),
    note: breakdown.note,
  };
}

/** A new breakdown, with two empty parts to fill. */
export function emptyBreakdownDraft(): BreakdownDraft {
  return { id: ulid(), dimension: '', partsUnit: 'value', parts: [emptyPartDraft(), emptyPartDraft()], document: '', section: '', page: '', note: '' };
}

/**
 * The form's fields for a period, or for a new one: the whole year after the latest whole year
 * reported (else the reporting year), so next year's figures need only their values and source.
 */
export function periodDraftOf(period: IndicatorPeriod | null, periods: readonly IndicatorPeriod[], reportingYear: number, language: string): PeriodDraft {
  if (period) {
    return {
      start: period.start,
      end: period.end,
      values: {
        baseline: valueDraftOf(period.baseline, language),
        target: valueDraftOf(period.target, language),
        actual: valueDraftOf(period.actual, language),
      },
      breakdowns: period.breakdowns.map((breakdown) => breakdownDraftOf(breakdown, language)),
      note: period.note,
    };
  }
  const years = periods.map(periodYear).filter((year): year is number => year !== null);
  const year = years.length > 0 ? Math.max(...years) + 1 : reportingYear;
  return { start: `${year}-01-01`, end: `${year}-12-31`, values: { baseline: emptyValue, target: emptyValue, actual: emptyValue }, breakdowns: [], note: '' };
}

function sourceFromDraft(path: string, draft: SourceDraft, language: string, errors: PeriodDraftErrors): ValueSource | null {
  const page = parseLocaleNumber(draft.page, language);
  const isPageValid = page === null || (Number.isInteger(page) && page > 0);
  const document = draft.document.trim();
  const section = draft.section.trim();
  if (!isPageValid) errors[`${path}.page`] = 'pageInvalid';
  if (!document && (section || draft.page.trim())) errors[`${path}.document`] = 'documentMissing';
  return document ? { document, section, page: isPageValid ? page : null } : null;
}

function valueFromDraft(role: ValueRole, draft: ValueDraft, language: string, errors: PeriodDraftErrors): IndicatorValue | null {
  const value = parseLocaleNumber(draft.value, language);
  const source = sourceFromDraft(role, draft, language, errors);
  if (Number.isNaN(value)) errors[`${role}.value`] = 'numberInvalid';
  if (value === null || Number.isNaN(value)) return null;
  return { value, source };
}

/** A breakdown added and left empty: dropped on saving, as a form's spare row. */
function isBlankBreakdown(draft: BreakdownDraft): boolean {
  const texts = [draft.dimension, draft.document, draft.section, draft.page, draft.note, ...draft.parts.flatMap((part) => [part.label, part.value])];
  return texts.every((text) => text.trim() === '');
}

/** A breakdown from its draft; parts left wholly empty are dropped, as a form's spare rows. */
function breakdownFromDraft(index: number, draft: BreakdownDraft, language: string, errors: PeriodDraftErrors): Breakdown {
  const path = `breakdowns.${index}`;
  const dimension = draft.dimension.trim();
  if (!dimension) errors[`${path}.dimension`] = 'dimensionMissing';
  const parts = draft.parts.flatMap((part, partIndex) => {
    const label = part.label.trim();
    const value = parseLocaleNumber(part.value, language);
    if (!label && value === null) return [];
    if (!label) errors[`${path}.parts.${partIndex}.label`] = 'labelMissing';
    if (value === null || Number.isNaN(value)) errors[`${path}.parts.${partIndex}.value`] = 'numberInvalid';
    return [{ label, value: value ?? Number.NaN }];
  });
  return { id: draft.id, dimension, partsUnit: draft.partsUnit, parts, source: sourceFromDraft(path, draft, language, errors), note: draft.note.trim() };
}

export type PeriodDraftResult =
  | { ok: true; value: IndicatorPeriod; warnings: IndicatorIssue[] }
  | { ok: false; errors: PeriodDraftErrors; issues: IndicatorIssue[] };

/**
 * The period a draft describes, checked against its indicator's unit and other periods. A
 * breakdown that misses its total stops the save until its note says why (sources round); with a
 * note it is a warning, and kept.
 */
export function periodFromDraft(
  draft: PeriodDraft,
  base: IndicatorPeriod,
  indicator: Indicator,
  otherPeriods: readonly IndicatorPeriod[],
  language: string,
): PeriodDraftResult {
  const errors: PeriodDraftErrors = {};
  const period: IndicatorPeriod = {
    ...base,
    start: draft.start,
    end: draft.end,
    baseline: valueFromDraft('baseline', draft.values.baseline, language, errors),
    target: valueFromDraft('target', draft.values.target, language, errors),
    actual: valueFromDraft('actual', draft.values.actual, language, errors),
    breakdowns: draft.breakdowns.flatMap((breakdown, index) => (isBlankBreakdown(breakdown) ? [] : [breakdownFromDraft(index, breakdown, language, errors)])),
    note: draft.note.trim(),
  };
  const checked = validatePeriod(period, indicator.unit, otherPeriods);
  // A part that is not a number is the field's own error; its sum would only repeat it.
  const issues = checked.filter((issue) => issue.severity === 'error' && !(issue.code === 'breakdownSum' && Number.isNaN(issue.sum)));
  const warnings = checked.filter((issue) => issue.severity === 'warning');
  if (issues.length > 0 || Object.keys(errors).length > 0) return { ok: false, errors, issues };
  return { ok: true, value: period, warnings };
}

/** Whether the draft's dates make a period the trend draws as a year. */
export function isWholeYear(draft: Pick<PeriodDraft, 'start' | 'end'>): boolean {
  return periodKind(draft) === 'year';
}
