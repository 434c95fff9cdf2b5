import {
  periodKind,
  periodYear,
  validatePeriod,
  type Indicator,
  type IndicatorIssue,
  type IndicatorPeriod,
  type IndicatorValue,
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

export interface PeriodDraft {
  start: string;
  end: string;
  values: Record<ValueRole, ValueDraft>;
  note: string;
}

/** A field's own problem: a figure or page that is not a number, or a source given without its document. */
export type ValueFieldError = 'numberInvalid' | 'pageInvalid' | 'documentMissing';
export type PeriodDraftErrors = Partial<Record<`${ValueRole}.${'value' | 'page' | 'document'}`, ValueFieldError>>;

const emptyValue: ValueDraft = { value: '', document: '', section: '', page: '' };

function valueDraftOf(value: IndicatorValue | null, language: string): ValueDraft {
  if (!value) return emptyValue;
  return {
    value: formatForInput(value.value, language),
    document: value.source?.document ?? '',
    section: value.source?.section ?? '',
    page: value.source?.page === null || value.source?.page === undefined ? '' : String(value.source.page),
  };
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
      note: period.note,
    };
  }
  const years = periods.map(periodYear).filter((year): year is number => year !== null);
  const year = years.length > 0 ? Math.max(...years) + 1 : reportingYear;
  return { start: `${year}-01-01`, end: `${year}-12-31`, values: { baseline: emptyValue, target: emptyValue, actual: emptyValue }, note: '' };
}

function valueFromDraft(role: ValueRole, draft: ValueDraft, language: string, errors: PeriodDraftErrors): IndicatorValue | null {
  const value = parseLocaleNumber(draft.value, language);
  const page = parseLocaleNumber(draft.page, language);
  const document = draft.document.trim();
  const section = draft.section.trim();
  if (Number.isNaN(value)) errors[`${role}.value`] = 'numberInvalid';
  if (page !== null && !(Number.isInteger(page) && page > 0)) errors[`${role}.page`] = 'pageInvalid';
  if (!document && (section || draft.page.trim())) errors[`${role}.document`] = 'documentMissing';
  if (value === null || Number.isNaN(value)) return null;
  return { value, source: document ? { document, section, page: page !== null && Number.isInteger(page) && page > 0 ? page : null } : null };
}

export type PeriodDraftResult =
  | { ok: true; value: IndicatorPeriod; warnings: IndicatorIssue[] }
  | { ok: false; errors: PeriodDraftErrors; issues: IndicatorIssue[] };

/**
 * The period a draft describes, checked against its indicator's unit and other periods. A
 * breakdown that no longer adds up to the figure is a warning: the breakdown is the source's, and
 * the form does not edit it.
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
    note: draft.note.trim(),
  };
  const checked = validatePeriod(period, indicator.unit, otherPeriods);
  const isBlocking = (issue: IndicatorIssue) => issue.severity === 'error' && issue.code !== 'breakdownSum';
  const issues = checked.filter(isBlocking);
  const warnings = checked.filter((issue) => !isBlocking(issue));
  if (issues.length > 0 || Object.keys(errors).length > 0) return { ok: false, errors, issues };
  return { ok: true, value: period, warnings };
}

/** Whether the draft's dates make a period the trend draws as a year. */
export function isWholeYear(draft: Pick<PeriodDraft, 'start' | 'end'>): boolean {
  return periodKind(draft) === 'year';
}
