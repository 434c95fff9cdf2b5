import { describe, expect, it } from 'vitest';
import { splitTarget, validateIsoDate, validateLeadUnit, validateTarget, validateText, validateYear } from './validation';

describe('validateText', () => {
  it('trims and accepts text within the limit', () => {
    expect(validateText('  BDT ', 10, true)).toEqual({ ok: true, value: 'BDT' });
  });
  it('refuses an empty required value and an over-long one', () => {
    expect(validateText('   ', 10, true)).toEqual({ ok: false, error: { kind: 'required' } });
    expect(validateText('x'.repeat(11), 10, false)).toEqual({ ok: false, error: { kind: 'tooLong', max: 10 } });
  });
  it('accepts an empty optional value', () => {
    expect(validateText('', 10, false)).toEqual({ ok: true, value: '' });
  });
});

describe('validateLeadUnit', () => {
  it('refuses invisible, control and direction characters and unusual spaces, naming the position', () => {
    expect(validateLeadUnit('BDT\u200B')).toEqual({ ok: false, error: { kind: 'hiddenCharacter', position: 4, codePoint: 'U+200B' } });
    expect(validateLeadUnit('\u202EBDT')).toEqual({ ok: false, error: { kind: 'hiddenCharacter', position: 1, codePoint: 'U+202E' } });
    expect(validateLeadUnit('B\u00A0DT')).toEqual({ ok: false, error: { kind: 'hiddenCharacter', position: 2, codePoint: 'U+00A0' } });
    expect(validateLeadUnit('BDT\tTSB')).toEqual({ ok: false, error: { kind: 'hiddenCharacter', position: 4, codePoint: 'U+0009' } });
  });

  it('keeps plain spaces, trims the ends and stores NFC, like codes', () => {
    expect(validateLeadUnit('  BDT  and TSB ')).toEqual({ ok: true, value: 'BDT  and TSB' });
    expect(validateLeadUnit('E\u0301quipe')).toEqual({ ok: true, value: '\u00C9quipe' });
    expect(validateLeadUnit('')).toEqual({ ok: true, value: '' });
    expect(validateLeadUnit('x'.repeat(121))).toEqual({ ok: false, error: { kind: 'tooLong', max: 120 } });
  });
});

describe('validateTarget', () => {
  it('combines quarter and phase', () => {
    expect(validateTarget('q2 2026', 'Phase 1')).toEqual({ ok: true, value: 'Phase 1: Q2 2026' });
    expect(validateTarget('Q3 2025', '')).toEqual({ ok: true, value: 'Q3 2025' });
    expect(validateTarget('', '')).toEqual({ ok: true, value: null });
  });
  it('refuses malformed quarters and phases without a quarter', () => {
    expect(validateTarget('Q5 2025', '')).toMatchObject({ ok: false, error: { kind: 'quarter' } });
    expect(validateTarget('mid 2026', '')).toMatchObject({ ok: false, error: { kind: 'quarter' } });
    expect(validateTarget('Phase 2: Q1 2026', '')).toMatchObject({ ok: false, error: { kind: 'quarter' } });
    expect(validateTarget('', 'Phase 1')).toMatchObject({ ok: false, error: { kind: 'phaseWithoutTarget' } });
    expect(validateTarget('Q1 2026', 'a: b')).toMatchObject({ ok: false, error: { kind: 'phaseColon' } });
  });
  it('splits a stored target back into its fields', () => {
    expect(splitTarget('Phase 1: Q2 2026')).toEqual({ quarter: 'Q2 2026', phase: 'Phase 1' });
    expect(splitTarget(null)).toEqual({ quarter: '', phase: '' });
  });
});

describe('validateIsoDate', () => {
  it('accepts real dates and empty', () => {
    expect(validateIsoDate('2026-02-28')).toEqual({ ok: true, value: '2026-02-28' });
    expect(validateIsoDate('')).toEqual({ ok: true, value: null });
  });
  it('refuses impossible or malformed dates', () => {
    expect(validateIsoDate('2026-02-30').ok).toBe(false);
    expect(validateIsoDate('26-2-1').ok).toBe(false);
  });
});

describe('period targets and completion years', () => {
  it('accepts a period of years as a target, without a phase', () => {
    expect(validateTarget('2026-2028', '')).toEqual({ ok: true, value: '2026-2028' });
    expect(validateTarget(' 2026 \u2013 2028 ', '')).toEqual({ ok: true, value: '2026-2028' });
    expect(validateTarget('2026-2028', 'Phase 1')).toEqual({ ok: false, error: { kind: 'phaseWithPeriod' } });
    expect(validateTarget('2028-2026', '')).toEqual({ ok: false, error: { kind: 'quarter' } });
    expect(splitTarget('2026-2028')).toEqual({ quarter: '2026-2028', phase: '' });
  });

  it('accepts an empty or four-digit year and refuses anything else', () => {
    expect(validateYear('')).toEqual({ ok: true, value: null });
    expect(validateYear(' 2025 ')).toEqual({ ok: true, value: 2025 });
    for (const bad of ['25', '2025.5', 'Q3 2025', '0999', '20255']) {
      expect(validateYear(bad)).toEqual({ ok: false, error: { kind: 'year' } });
    }
  });
});
