import { describe, expect, it } from 'vitest';
import type { IndicatorPeriod } from '../indicators';
import { serializeSnapshot } from './serialize';
import type { SnapshotIndicator, SnapshotMeta, TrackerData } from './schema';
import { checkSnapshotText } from './validate';

const META: SnapshotMeta = { exportedAt: '2026-01-15T09:30:00.000Z', reportingDate: '2026-01-15', label: 'test', appVersion: '0.1.0' };

const INDICATOR: SnapshotIndicator = {
  id: 'funds',
  name: 'Funds signed',
  unit: { kind: 'money', currency: 'USD' },
  direction: 'higher',
  areaCode: 'M',
  lineCodes: ['M1'],
  definition: '',
  order: 0,
  updatedAt: null,
  updatedBy: null,
};

function period(id: string, start: string, end: string, actual: number | null): IndicatorPeriod {
  return {
    id,
    indicatorId: 'funds',
    start,
    end,
    baseline: null,
    target: null,
    actual: actual === null ? null : { value: actual, source: { document: 'Report', section: '3', page: 4 } },
    breakdowns: [],
    note: '',
    updatedAt: null,
    updatedBy: null,
  };
}

const TRACKER: TrackerData = {
  areas: [{ code: 'M', name: 'Strengthen membership', order: 0, objectives: [] }],
  actionLines: [
    { code: 'M1', areaCode: 'M', title: 'One', text: 'One', status: 'Ongoing', order: 0, leadUnit: '', target: null, statusSource: 'person', statusEvidence: [], statusReason: '', completedYear: null, health: null, healthReason: '', notes: '', updatedAt: '2026-01-01T00:00:00.000Z', updatedBy: null },
  ],
  milestones: [],
  priorityItems: [],
  indicators: [INDICATOR],
  indicatorPeriods: [period('y25', '2025-01-01', '2025-12-31', 7.6e6), period('p25', '2025-01-01', '2025-04-30', 1e6)],
  settings: { reportingDate: null, seededAt: null, strategy: null },
  history: [],
};

type Json = Record<string, unknown>;

function fileWith(change: (file: { indicators: Json[]; indicatorPeriods: Json[] }) => void): string {
  const file = JSON.parse(serializeSnapshot(TRACKER, META)) as { indicators: Json[]; indicatorPeriods: Json[] };
  change(file);
  return JSON.stringify(file);
}

function issuesOf(text: string) {
  const check = checkSnapshotText(text);
  if (check.ok) throw new Error('expected the file to be refused');
  return check.issues;
}

describe('indicators in a snapshot file', () => {
  it('are read back as they were written, nested periods included', () => {
    const check = checkSnapshotText(serializeSnapshot(TRACKER, META));
    if (!check.ok) throw new Error(JSON.stringify(check.issues));
    expect(check.snapshot.indicators).toEqual([INDICATOR]);
    expect(check.snapshot.indicatorPeriods.map((p) => p.id)).toEqual(['p25', 'y25']);
  });

  it('refuse a money unit without a three-letter upper-case currency, and unknown keys in a value', () => {
    expect(issuesOf(fileWith((file) => void (file.indicators[0]!.unit = { kind: 'money', currency: 'usd' })))).toMatchObject([
      { code: 'unknownCurrency', path: 'indicators[0].unit.currency', params: { value: 'usd' } },
    ]);
    expect(issuesOf(fileWith((file) => void (file.indicators[0]!.unit = { kind: 'money' })))).toMatchObject([{ code: 'missing', path: 'indicators[0].unit.currency' }]);
    const extraKey = fileWith((file) => void ((file.indicatorPeriods[0]!.actual as Json).note = 'x'));
    expect(issuesOf(extraKey)).toMatchObject([{ code: 'unknownKey', path: 'indicatorPeriods[0].actual' }]);
  });

  it('refuse duplicate ids, a period of no indicator, and an unknown area or line', () => {
    const issues = issuesOf(
      fileWith((file) => {
        file.indicators.push({ ...file.indicators[0]!, order: 1, areaCode: 'Z', lineCodes: ['Q9'] });
        file.indicatorPeriods.push({ ...file.indicatorPeriods[0]!, id: 'orphan', indicatorId: 'gone' });
        file.indicatorPeriods.push({ ...file.indicatorPeriods[0]!, start: '2020-01-01', end: '2020-12-31' });
      }),
    );
    expect(issues).toEqual([
      { code: 'duplicate', path: 'indicators[1].id', params: { value: 'funds', first: 'indicators[0].id' } },
      { code: 'duplicate', path: 'indicatorPeriods[3].id', params: { value: 'p25', first: 'indicatorPeriods[0].id' } },
      { code: 'unknownArea', path: 'indicators[1].areaCode', params: { value: 'Z' } },
      { code: 'unknownLine', path: 'indicators[1].lineCodes[0]', params: { value: 'Q9' } },
      { code: 'unknownIndicator', path: 'indicatorPeriods[2].indicatorId', params: { value: 'gone' } },
    ]);
  });

  it('apply the indicators own rules: clashing periods, a percentage over 100, an unknown currency', () => {
    const clash = issuesOf(fileWith((file) => void Object.assign(file.indicatorPeriods[0]!, { start: '2024-07-01', end: '2025-06-30' })));
    expect(clash).toEqual([
      { code: 'periodClash', path: 'indicatorPeriods[0]', params: { start: '2024-07-01', end: '2025-06-30', otherStart: '2025-01-01', otherEnd: '2025-12-31' } },
      { code: 'periodClash', path: 'indicatorPeriods[1]', params: { start: '2025-01-01', end: '2025-12-31', otherStart: '2024-07-01', otherEnd: '2025-06-30' } },
    ]);
    const percent = issuesOf(fileWith((file) => void (file.indicators[0]!.unit = { kind: 'percent' })));
    expect(percent).toEqual([
      { code: 'percentOver100', path: 'indicatorPeriods[0].actual.value', params: { value: 1e6 } },
      { code: 'percentOver100', path: 'indicatorPeriods[1].actual.value', params: { value: 7.6e6 } },
    ]);
    const currency = issuesOf(fileWith((file) => void (file.indicators[0]!.unit = { kind: 'money', currency: 'XYZ' })));
    expect(currency).toEqual([{ code: 'unknownCurrency', path: 'indicators[0].unit.currency', params: { value: 'XYZ' } }]);
    const backwards = issuesOf(fileWith((file) => void Object.assign(file.indicatorPeriods[0]!, { start: '2025-04-30', end: '2025-01-01' })));
    expect(backwards).toEqual([{ code: 'endBeforeStart', path: 'indicatorPeriods[0].end', params: { start: '2025-04-30', end: '2025-01-01' } }]);
    expect(issuesOf(fileWith((file) => void (file.indicators[0]!.name = '  ')))).toEqual([{ code: 'blankName', path: 'indicators[0].name', params: {} }]);
  });

  it('keep a breakdown that misses its total: a warning in the indicator view, not a reason to refuse the file', () => {
    const rounded = fileWith((file) => {
      file.indicatorPeriods[1]!.breakdowns = [{ id: 'r', dimension: 'Region', partsUnit: 'value', parts: [{ label: 'Africa', value: 7e6 }], source: null, note: '' }];
    });
    expect(checkSnapshotText(rounded).ok).toBe(true);
    const empty = fileWith((file) => {
      file.indicatorPeriods[1]!.breakdowns = [{ id: 'r', dimension: 'Region', partsUnit: 'value', parts: [], source: null, note: '' }];
    });
    expect(issuesOf(empty)).toEqual([{ code: 'emptyBreakdown', path: 'indicatorPeriods[1].breakdowns[0].parts', params: {} }]);
  });
});
