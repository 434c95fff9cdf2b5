import { describe, expect, it } from 'vitest';
import type { IndicatorPeriod } from '../indicators';
import { compareTrackers, hasChanges } from './compare';
import { comparisonToCsv, type ComparisonCsvLabels } from './csv';
import type { SnapshotIndicator, TrackerData } from './schema';

function indicator(id: string, order: number, extra: Partial<SnapshotIndicator> = {}): SnapshotIndicator {
  return { id, name: `Indicator ${id}`, unit: { kind: 'count' }, direction: 'higher', areaCode: null, lineCodes: [], definition: '', order, updatedAt: null, updatedBy: null, ...extra };
}

function period(id: string, indicatorId: string, year: string, figures: Partial<Record<'baseline' | 'target' | 'actual', number>>, extra: Partial<IndicatorPeriod> = {}): IndicatorPeriod {
  const value = (figure: number | undefined) => (figure === undefined ? null : { value: figure, source: null });
  return {
    id,
    indicatorId,
    start: `${year}-01-01`,
    end: `${year}-12-31`,
    baseline: value(figures.baseline),
    target: value(figures.target),
    actual: value(figures.actual),
    breakdowns: [],
    note: '',
    updatedAt: null,
    updatedBy: null,
    ...extra,
  };
}

function tracker(indicators: SnapshotIndicator[], indicatorPeriods: IndicatorPeriod[]): TrackerData {
  return {
    areas: [],
    actionLines: [],
    milestones: [],
    priorityItems: [],
    indicators,
    indicatorPeriods,
    settings: { reportingDate: null, seededAt: null, strategy: null },
    history: [],
  };
}

const FUNDS = indicator('funds', 1, { name: 'Funds signed', unit: { kind: 'money', currency: 'USD' } });
const AGREEMENTS = indicator('agreements', 0, { name: 'Agreements signed' });

const BEFORE = tracker(
  [FUNDS, AGREEMENTS, indicator('old', 2)],
  [
    period('a24', 'agreements', '2024', { actual: 60 }),
    period('a25', 'agreements', '2025', { target: 70, actual: 71 }, { note: 'first count' }),
    period('f25', 'funds', '2025', { actual: 7.6e6 }),
    period('o25', 'old', '2025', {}),
  ],
);

const AFTER = tracker(
  [{ ...FUNDS, definition: 'Edited, not compared' }, AGREEMENTS],
  [
    period('a24', 'agreements', '2024', { actual: 60 }, { note: 'A note is not a figure' }),
    period('a25', 'agreements', '2025', { target: 70, actual: 76 }),
    period('a26', 'agreements', '2026', { target: 80 }),
    period('f25', 'funds', '2025', { actual: 7.6e6 }),
  ],
);

describe('comparing indicators', () => {
  const { indicators } = compareTrackers(BEFORE, AFTER);

  it('gives per indicator, in list order, the periods added and removed and the figures changed with both values', () => {
    expect(indicators).toEqual([
      {
        id: 'agreements',
        name: 'Agreements signed',
        unit: { kind: 'count' },
        unitBefore: { kind: 'count' },
        periods: [
          { kind: 'changed', start: '2025-01-01', end: '2025-12-31', changes: [{ field: 'actual', from: 71, to: 76 }] },
          { kind: 'added', start: '2026-01-01', end: '2026-12-31', changes: [{ field: 'target', from: null, to: 80 }] },
        ],
      },
      {
        id: 'old',
        name: 'Indicator old',
        unit: { kind: 'count' },
        unitBefore: { kind: 'count' },
        periods: [{ kind: 'removed', start: '2025-01-01', end: '2025-12-31', changes: [] }],
      },
    ]);
  });

  it('counts indicators and periods on both sides, and finds nothing between a tracker and itself', () => {
    const comparison = compareTrackers(BEFORE, AFTER);
    expect(comparison.counts.before).toMatchObject({ indicators: 3, indicatorPeriods: 4 });
    expect(comparison.counts.after).toMatchObject({ indicators: 2, indicatorPeriods: 4 });
    expect(compareTrackers(BEFORE, BEFORE).indicators).toEqual([]);
    expect(hasChanges(compareTrackers(BEFORE, BEFORE))).toBe(false);
    expect(hasChanges(compareTrackers(BEFORE, tracker(BEFORE.indicators, BEFORE.indicatorPeriods.slice(1))))).toBe(true);
  });

  it('keeps the unit of each side, so a figure before a change of unit reads in its own', () => {
    const percent = tracker([{ ...AGREEMENTS, unit: { kind: 'percent' } }], [period('a25', 'agreements', '2025', { actual: 50 })]);
    const [change] = compareTrackers(tracker([AGREEMENTS], [period('a25', 'agreements', '2025', { actual: 71 })]), percent).indicators;
    expect(change).toMatchObject({ unit: { kind: 'percent' }, unitBefore: { kind: 'count' } });
  });

  it('writes a CSV section of its own: a row per figure, and one for a period without figures', () => {
    const labels = {
      columns: ['Section', 'Item', 'Before', 'After'],
      section: { indicatorPeriodAdded: 'Period added', indicatorPeriodRemoved: 'Period removed', indicatorValue: 'Indicator value' },
      figure: {},
      health: {},
      status: String,
      field: String,
      lineField: String,
      lineValue: (_field: string, value: string | null) => value ?? '',
      period: (each: { start: string }) => each.start.slice(0, 4),
      indicatorField: (field: string) => field,
      indicatorValue: (value: number, unit: { kind: string }) => `${value} ${unit.kind}`,
    } as unknown as ComparisonCsvLabels;
    const rows = comparisonToCsv(compareTrackers(BEFORE, AFTER), labels, ',').slice(1).trimEnd().split('\r\n');
    expect(rows.filter((row) => /^(Period|Indicator)/.test(row))).toEqual([
      'Indicator value,"Agreements signed, 2025 (actual)",71 count,76 count',
      'Period added,"Agreements signed, 2026 (target)",,80 count',
      'Period removed,"Indicator old, 2025",,',
    ]);
  });
});
