import { describe, expect, it } from 'vitest';
import { periodKind, periodsClash } from './period';
import { latestActualPeriod, periodsApart, trendPoints } from './progress';
import { hasErrors, isKnownCurrency, validateIndicator, validatePeriod } from './validation';
import { testPeriod } from '../../../tests/helpers/indicatorRecords';

const period = testPeriod;

const COUNT = { kind: 'count' } as const;

describe('periods', () => {
  it('tells a whole year from several years, part of a year and a single date', () => {
    expect(periodKind({ start: '2025-01-01', end: '2025-12-31' })).toBe('year');
    expect(periodKind({ start: '2015-01-01', end: '2018-12-31' })).toBe('years');
    expect(periodKind({ start: '2022-01-01', end: '2022-04-30' })).toBe('part');
    expect(periodKind({ start: '2023-04-30', end: '2023-04-30' })).toBe('asOf');
  });

  it('lets periods nest, as sources report a year inside a four-year total, and refuses crossing or repeated ones', () => {
    expect(periodsClash({ start: '2015-01-01', end: '2018-12-31' }, { start: '2018-01-01', end: '2018-12-31' })).toBe(false);
    expect(periodsClash({ start: '2022-01-01', end: '2022-12-31' }, { start: '2022-01-01', end: '2022-04-30' })).toBe(false);
    expect(periodsClash({ start: '2022-01-01', end: '2022-12-31' }, { start: '2022-07-01', end: '2023-06-30' })).toBe(true);
    expect(periodsClash({ start: '2025-01-01', end: '2025-12-31' }, { start: '2025-01-01', end: '2025-12-31' })).toBe(true);
    expect(periodsClash({ start: '2025-12-09', end: '2025-12-09' }, { start: '2025-01-01', end: '2025-12-31' })).toBe(false);
  });
});

describe('validatePeriod', () => {
  it('refuses impossible dates, an end before the start and a clash, naming the other period', () => {
    expect(validatePeriod(period('a', '2025-02-30', '2025-12-31'), COUNT, [])).toEqual([{ severity: 'error', code: 'dateInvalid', field: 'start' }]);
    expect(validatePeriod(period('a', '2025-12-31', '2025-01-01'), COUNT, [])).toEqual([{ severity: 'error', code: 'endBeforeStart' }]);
    expect(validatePeriod(period('a', '2025-07-01', '2026-06-30'), COUNT, [period('b', '2025-01-01', '2025-12-31')])).toEqual([
      { severity: 'error', code: 'periodClash', otherStart: '2025-01-01', otherEnd: '2025-12-31' },
    ]);
    expect(validatePeriod(period('b', '2025-01-01', '2025-12-31'), COUNT, [period('b', '2025-01-01', '2025-12-31')])).toEqual([]);
  });

  it('refuses a percentage over 100 and a negative figure', () => {
    const issues = validatePeriod(period('a', '2025-01-01', '2025-12-31', 101, { target: { value: -1, source: null } }), { kind: 'percent' }, []);
    expect(issues).toEqual([
      { severity: 'error', code: 'negative', field: 'target', value: -1 },
      { severity: 'error', code: 'percentOver100', field: 'actual', value: 101 },
    ]);
  });

  it('warns when a breakdown misses its total, with the difference, and keeps it only with a note', () => {
    const breakdown = { id: 'r', dimension: 'Region', partsUnit: 'value' as const, parts: [{ label: 'Africa', value: 40 }, { label: 'Europe', value: 35 }], source: null, note: '' };
    const withoutNote = validatePeriod(period('a', '2025-01-01', '2025-12-31', 76, { breakdowns: [breakdown] }), COUNT, []);
    expect(withoutNote).toEqual([{ severity: 'error', code: 'breakdownSum', breakdownId: 'r', dimension: 'Region', partsUnit: 'value', total: 76, sum: 75, difference: -1 }]);
    expect(hasErrors(withoutNote)).toBe(true);
    const withNote = validatePeriod(period('a', '2025-01-01', '2025-12-31', 76, { breakdowns: [{ ...breakdown, note: 'The source rounds.' }] }), COUNT, []);
    expect(withNote.map((issue) => issue.severity)).toEqual(['warning']);
    expect(hasErrors(withNote)).toBe(false);
  });

  it('adds shares up to 100, allowing for floating-point sums', () => {
    const shares = { id: 's', dimension: 'Source', partsUnit: 'share' as const, parts: [{ label: 'Partners', value: 72 }, { label: 'ITU', value: 28 }], source: null, note: '' };
    expect(validatePeriod(period('a', '2025-01-01', '2025-12-31', 7.6, { breakdowns: [shares] }), { kind: 'money', currency: 'USD' }, [])).toEqual([]);
    const tenths = { ...shares, partsUnit: 'value' as const, parts: [{ label: 'a', value: 0.1 }, { label: 'b', value: 0.2 }] };
    expect(validatePeriod(period('a', '2025-01-01', '2025-12-31', 0.3, { breakdowns: [tenths] }), COUNT, [])).toEqual([]);
  });
});

describe('validateIndicator', () => {
  it('needs a name, an ISO currency and known lines', () => {
    expect(isKnownCurrency('USD')).toBe(true);
    expect(isKnownCurrency('CHF')).toBe(true);
    expect(isKnownCurrency('XYZ')).toBe(false);
    expect(isKnownCurrency('usd')).toBe(false);
    const issues = validateIndicator({ name: ' ', unit: { kind: 'money', currency: 'XYZ' }, lineCodes: ['V1', 'Q9'] }, new Set(['V1']));
    expect(issues.map((issue) => issue.code)).toEqual(['nameMissing', 'currencyUnknown', 'lineUnknown']);
  });
});

describe('the trend', () => {
  const periods = [
    period('y22', '2022-01-01', '2022-12-31', 71),
    period('p22', '2022-01-01', '2022-04-30', 33),
    period('y25', '2025-01-01', '2025-12-31', 76),
    period('p26', '2026-01-01', '2026-02-28', 5),
    period('all', '2015-01-01', '2018-12-31', 200),
    period('y18', '2018-01-01', '2018-12-31', 43),
  ];

  it('joins whole years only, and lists parts of years and multi-year totals apart', () => {
    expect(trendPoints(periods).map((point) => [point.year, point.value])).toEqual([
      [2018, 43],
      [2022, 71],
      [2025, 76],
    ]);
    expect(periodsApart(periods).map((p) => p.id)).toEqual(['all', 'p22', 'p26']);
  });

  it('takes the latest actual by end date, whatever its kind', () => {
    expect(latestActualPeriod(periods)?.id).toBe('p26');
    expect(latestActualPeriod([period('t', '2027-01-01', '2027-12-31')])).toBeNull();
  });
});
