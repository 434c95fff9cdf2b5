import { describe, expect, it } from 'vitest';
import {
  addQuarters,
  compareQuarters,
  compareTargetTexts,
  formatQuarterTarget,
  normalizeQuarterTarget,
  parseQuarterTarget,
  formatYearPeriod,
  parseTarget,
  parseYearPeriod,
  targetQuarters,
  quarterEndDate,
  quarterOfDate,
} from './quarter';

describe('parseQuarterTarget', () => {
  it('reads a plain quarter', () => {
    expect(parseQuarterTarget('Q3 2025')).toEqual({ phase: null, quarter: 3, year: 2025 });
  });

  it('reads a phase label', () => {
    expect(parseQuarterTarget('Phase 1: Q2 2026')).toEqual({ phase: 'Phase 1', quarter: 2, year: 2026 });
  });

  it('tolerates case and spacing', () => {
    expect(parseQuarterTarget('  q4   2026 ')).toEqual({ phase: null, quarter: 4, year: 2026 });
  });

  it.each(['Q5 2025', 'Q0 2025', '2025 Q3', 'Q3', 'Q3 25', '', 'Phase 1:', ': Q2 2026', 'Q1 0999'])(
    'refuses %j',
    (text) => {
      expect(parseQuarterTarget(text)).toBeNull();
    },
  );
});

describe('formatting', () => {
  it('round-trips a target with a phase', () => {
    const target = parseQuarterTarget('Phase 1: Q2 2026');
    expect(target && formatQuarterTarget(target)).toBe('Phase 1: Q2 2026');
  });

  it('normalises spelling', () => {
    expect(normalizeQuarterTarget('q3  2025')).toBe('Q3 2025');
    expect(normalizeQuarterTarget('next year')).toBeNull();
  });
});

describe('comparison and arithmetic', () => {
  it('orders quarters chronologically across years', () => {
    expect(compareQuarters({ year: 2025, quarter: 4 }, { year: 2026, quarter: 1 })).toBeLessThan(0);
    expect(compareQuarters({ year: 2026, quarter: 2 }, { year: 2026, quarter: 2 })).toBe(0);
  });

  it('sorts target texts with malformed and missing ones last', () => {
    const sorted = ['Q4 2026', null, 'Phase 1: Q2 2026', 'soon', 'Q3 2025'].sort(compareTargetTexts);
    expect(sorted.slice(0, 3)).toEqual(['Q3 2025', 'Phase 1: Q2 2026', 'Q4 2026']);
  });

  it('adds quarters across a year boundary', () => {
    expect(addQuarters({ year: 2025, quarter: 4 }, 1)).toEqual({ year: 2026, quarter: 1 });
    expect(addQuarters({ year: 2026, quarter: 1 }, -1)).toEqual({ year: 2025, quarter: 4 });
  });

  it('finds the quarter of a date and the last day of a quarter', () => {
    expect(quarterOfDate('2026-01-15')).toEqual({ year: 2026, quarter: 1 });
    expect(quarterOfDate('2025-09-30')).toEqual({ year: 2025, quarter: 3 });
    expect(quarterEndDate({ year: 2025, quarter: 3 })).toBe('2025-09-30');
    expect(quarterEndDate({ year: 2024, quarter: 1 })).toBe('2024-03-31');
    expect(quarterEndDate({ year: 2026, quarter: 4 })).toBe('2026-12-31');
  });
});

describe('period targets', () => {
  it('reads a period of years and the quarters it covers', () => {
    expect(parseTarget('2026-2028')).toEqual({ kind: 'period', period: { fromYear: 2026, toYear: 2028 } });
    expect(targetQuarters('2026-2028')).toEqual({ first: { year: 2026, quarter: 1 }, last: { year: 2028, quarter: 4 } });
    expect(targetQuarters('Q2 2026')).toEqual({ first: { year: 2026, quarter: 2 }, last: { year: 2026, quarter: 2 } });
    expect(formatYearPeriod({ fromYear: 2026, toYear: 2028 })).toBe('2026-2028');
  });

  it.each(['2028-2026', '26-28', '2026-', '2026-2028-2030', '0999-2000'])('refuses %j', (text) => {
    expect(parseYearPeriod(text)).toBeNull();
  });

  it('sorts a period by the year it starts', () => {
    expect(['Q3 2027', 'Q2 2026', '2026-2028', 'Q4 2025'].sort(compareTargetTexts)).toEqual(['Q4 2025', '2026-2028', 'Q2 2026', 'Q3 2027']);
  });
});
