import { describe, expect, it } from 'vitest';
import type { IndicatorPeriod } from '../../domain';
import { testIndicator, testPeriod } from '../../../tests/helpers/indicatorRecords';
import { emptyBreakdownDraft, periodDraftOf, periodFromDraft, type PeriodDraft } from './periodDraft';

const indicator = testIndicator();
const stored = testPeriod;

const periods = [stored('a', '2024-01-01', '2024-12-31', 70), stored('b', '2025-01-01', '2025-04-30', 20), stored('c', '2015-01-01', '2018-12-31', 200)];
const blank: IndicatorPeriod = stored('new', '', '');

function draftWith(change: (draft: PeriodDraft) => PeriodDraft, language = 'en'): PeriodDraft {
  return change(periodDraftOf(null, periods, 2026, language));
}

describe('the period form draft', () => {
  it('offers the whole year after the latest whole year, else the reporting year', () => {
    expect(periodDraftOf(null, periods, 2026, 'en')).toMatchObject({ start: '2025-01-01', end: '2025-12-31' });
    expect(periodDraftOf(null, [], 2026, 'en')).toMatchObject({ start: '2026-01-01', end: '2026-12-31' });
  });

  it('reads figures and pages as the language writes them, and keeps a source only with its document', () => {
    const draft = draftWith((d) => ({
      ...d,
      values: { ...d.values, actual: { value: '7 612 345,5', document: 'Rapport', section: 'Tableau 1', page: '4' } },
    }), 'fr');
    const result = periodFromDraft(draft, blank, indicator, periods, 'fr');
    expect(result.ok && result.value.actual).toEqual({ value: 7_612_345.5, source: { document: 'Rapport', section: 'Tableau 1', page: 4 } });
    const orphan = draftWith((d) => ({ ...d, values: { ...d.values, target: { value: '90', document: '', section: 'Table 1', page: 'iv' } } }));
    const refused = periodFromDraft(orphan, blank, indicator, periods, 'en');
    expect(refused.ok ? null : refused.errors).toEqual({ 'target.document': 'documentMissing', 'target.page': 'pageInvalid' });
  });

  it('refuses a breakdown that misses its total until its note says why, and then keeps it', () => {
    const breakdown = {
      ...emptyBreakdownDraft(),
      dimension: 'Region',
      parts: [
        { key: '1', label: 'Africa', value: '40' },
        { key: '2', label: 'Europe', value: '35' },
        { key: '3', label: '', value: '' },
      ],
    };
    const draft = draftWith((d) => ({ ...d, values: { ...d.values, actual: { ...d.values.actual, value: '76' } }, breakdowns: [breakdown] }));
    const refused = periodFromDraft(draft, blank, indicator, periods, 'en');
    expect(refused.ok ? [] : refused.issues).toEqual([expect.objectContaining({ code: 'breakdownSum', severity: 'error', sum: 75, total: 76, difference: -1 })]);
    const noted = periodFromDraft({ ...draft, breakdowns: [{ ...breakdown, note: 'The source rounds.' }] }, blank, indicator, periods, 'en');
    expect(noted.ok && noted.value.breakdowns[0]?.parts).toEqual([
      { label: 'Africa', value: 40 },
      { label: 'Europe', value: 35 },
    ]);
    expect(noted.ok && noted.warnings.map((warning) => warning.code)).toEqual(['breakdownSum']);
  });

  it('names the breakdown fields that are missing or not numbers, without repeating them as a sum', () => {
    const breakdown = { ...emptyBreakdownDraft(), parts: [{ key: '1', label: '', value: '12' }, { key: '2', label: 'Europe', value: 'many' }] };
    const draft = draftWith((d) => ({ ...d, values: { ...d.values, actual: { ...d.values.actual, value: '76' } }, breakdowns: [breakdown] }));
    const result = periodFromDraft(draft, blank, indicator, periods, 'en');
    expect(result.ok ? null : result.errors).toEqual({
      'breakdowns.0.dimension': 'dimensionMissing',
      'breakdowns.0.parts.0.label': 'labelMissing',
      'breakdowns.0.parts.1.value': 'numberInvalid',
    });
    expect(result.ok ? null : result.issues).toEqual([]);
  });
});

describe('a breakdown left empty', () => {
  it('is dropped on saving, as a spare row', () => {
    const draft = draftWith((d) => ({ ...d, values: { ...d.values, actual: { ...d.values.actual, value: '76' } }, breakdowns: [emptyBreakdownDraft()] }));
    const result = periodFromDraft(draft, blank, indicator, periods, 'en');
    expect(result.ok && result.value.breakdowns).toEqual([]);
  });
});
