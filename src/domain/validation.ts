import { findHiddenCharacterInName, normalizeIdentifier } from './identifier';
import { formatQuarterTarget, formatYearPeriod, parseQuarterTarget, parseYearPeriod } from './quarter';

/** Upper bounds on stored text, shared by forms and snapshot import. */
export const TEXT_LIMITS = {
  code: 20,
  title: 300,
  text: 20_000,
  leadUnit: 120,
  healthReason: 500,
  notes: 20_000,
  phase: 60,
} as const;

export type ValidationError =
  | { kind: 'required' }
  | { kind: 'tooLong'; max: number }
  | { kind: 'quarter' }
  | { kind: 'phaseWithoutTarget' }
  | { kind: 'phaseColon' }
  | { kind: 'phaseWithPeriod' }
  | { kind: 'date' }
  | { kind: 'year' }
  | { kind: 'hiddenCharacter'; position: number; codePoint: string };

export type Validated<T> = { ok: true; value: T } | { ok: false; error: ValidationError };

export function validateText(raw: string, max: number, isRequired: boolean): Validated<string> {
  const value = raw.trim();
  if (isRequired && value === '') return { ok: false, error: { kind: 'required' } };
  if (value.length > max) return { ok: false, error: { kind: 'tooLong', max } };
  return { ok: true, value };
}

/**
 * A lead unit: optional text, read as a name the board filters by, so it follows the rule of codes
 * (identifier.ts): normalised to NFC, and refused when it holds a character that is invisible, a
 * control character, changes the text direction or is an unusual space, naming its position.
 */
export function validateLeadUnit(raw: string): Validated<string> {
  const result = validateText(raw, TEXT_LIMITS.leadUnit, false);
  if (!result.ok) return result;
  const hidden = findHiddenCharacterInName(result.value);
  if (hidden) return { ok: false, error: { kind: 'hiddenCharacter', ...hidden } };
  return { ok: true, value: normalizeIdentifier(result.value) };
}

/**
 * A target from its two form fields: a quarter ("Q2 2026") or a period of years ("2026-2028"),
 * optional, and a phase label ("Phase 1", optional, only with a quarter). Returns the stored
 * text, e.g. "Phase 1: Q2 2026" or "2026-2028".
 */
export function validateTarget(quarterText: string, phaseText: string): Validated<string | null> {
  const quarter = quarterText.trim();
  const phase = phaseText.trim();
  if (quarter === '') {
    return phase === '' ? { ok: true, value: null } : { ok: false, error: { kind: 'phaseWithoutTarget' } };
  }
  const period = parseYearPeriod(quarter);
  if (period) {
    return phase === '' ? { ok: true, value: formatYearPeriod(period) } : { ok: false, error: { kind: 'phaseWithPeriod' } };
  }
  if (phase.includes(':')) return { ok: false, error: { kind: 'phaseColon' } };
  if (phase.length > TEXT_LIMITS.phase) return { ok: false, error: { kind: 'tooLong', max: TEXT_LIMITS.phase } };
  const parsed = parseQuarterTarget(quarter);
  if (!parsed || parsed.phase !== null) return { ok: false, error: { kind: 'quarter' } };
  return { ok: true, value: formatQuarterTarget({ ...parsed, phase: phase === '' ? null : phase }) };
}

/** Splits a stored target into its form fields. */
export function splitTarget(target: string | null): { quarter: string; phase: string } {
  const parsed = target ? parseQuarterTarget(target) : null;
  if (!parsed) return { quarter: target ?? '', phase: '' };
  return { quarter: `Q${parsed.quarter} ${parsed.year}`, phase: parsed.phase ?? '' };
}

export function validateIsoDate(raw: string): Validated<string | null> {
  const value = raw.trim();
  if (value === '') return { ok: true, value: null };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return { ok: false, error: { kind: 'date' } };
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    return { ok: false, error: { kind: 'date' } };
  }
  return { ok: true, value };
}

/** A completion year typed in a form: empty for none, else a four-digit year. */
export function validateYear(raw: string): Validated<number | null> {
  const value = raw.trim();
  if (value === '') return { ok: true, value: null };
  if (!/^\d{4}$/.test(value)) return { ok: false, error: { kind: 'year' } };
  const year = Number(value);
  return year >= 1900 && year <= 2999 ? { ok: true, value: year } : { ok: false, error: { kind: 'year' } };
}
