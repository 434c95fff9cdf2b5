import { afterAll, describe, expect, it } from 'vitest';
import { renderHook } from '@testing-library/react';
import { changeLanguage, formatDate, formatPercent, useQuarterFormat } from '.';

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ').replace(/[\u200e\u200f\u061c]/g, '');

describe('formatting per language', () => {
  afterAll(() => changeLanguage('en'));

  it('writes English dates day month year, and each language its own way', () => {
    expect(formatDate('2026-01-15', 'en')).toBe('15 January 2026');
    expect(formatDate('2026-01-15', 'fr')).toBe('15 janvier 2026');
    expect(formatDate('2026-01-15', 'zh')).toBe('2026年1月15日');
    expect(plain(formatDate('2026-01-15', 'ar'))).toBe('15 يناير 2026');
  });

  it('keeps Western digits in Arabic, like the codes and quarters beside them', () => {
    expect(plain(formatPercent(75, 'ar'))).toBe('75%');
    expect(plain(formatPercent(75, 'fr'))).toBe('75 %');
    expect(formatPercent(75, 'en')).toBe('75%');
  });

  it.each([
    ['en', 'Q3 2025', '\u2068Phase 1\u2069: Q2 2026'],
    ['fr', 'T3 2025', '\u2068Phase 1\u2069 : T2 2026'],
    ['es', 'T3 2025', '\u2068Phase 1\u2069: T2 2026'],
    ['ru', '3 кв. 2025', '\u2068Phase 1\u2069: 2 кв. 2026'],
    ['ar', 'الربع 3 2025', '\u2068Phase 1\u2069: الربع 2 2026'],
    ['zh', '2025年第3季度', '\u2068Phase 1\u2069：2026年第2季度'],
  ] as const)('shows stored quarters in %s without changing what is stored', async (language, quarter, phased) => {
    await changeLanguage(language);
    const { result } = renderHook(() => useQuarterFormat());
    expect(result.current.formatTarget('Q3 2025')).toBe(quarter);
    // The phase label is data: it stays as written.
    expect(result.current.formatTarget('Phase 1: Q2 2026')).toBe(phased);
    expect(result.current.formatTarget('sometime')).toBe('sometime');
    expect(result.current.formatTarget(null)).toBe('');
  });
});
