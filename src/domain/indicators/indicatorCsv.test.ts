import { describe, expect, it } from 'vitest';
import { INDICATOR_CSV_COLUMNS, indicatorsToCsv, type IndicatorCsvLabels } from './indicatorCsv';
import type { Indicator, IndicatorPeriod } from './types';

const FUNDS: Indicator = {
  id: 'funds',
  name: 'Funds signed',
  unit: { kind: 'money', currency: 'USD' },
  direction: 'higher',
  areaCode: 'V',
  lineCodes: ['V3', 'V4'],
  definition: '',
  rank: 'a1',
  updatedAt: null,
  updatedBy: null,
};
const SHARE: Indicator = { ...FUNDS, id: 'share', name: 'Share, in %', unit: { kind: 'percent' }, areaCode: null, lineCodes: [], rank: 'a0' };
const REPORT = { document: 'BDT report', section: '3. Results', page: null };

const PERIODS: IndicatorPeriod[] = [
  {
    id: 'f25',
    indicatorId: 'funds',
    start: '2025-01-01',
    end: '2025-12-31',
    baseline: null,
    target: { value: 8e6, source: null },
    actual: { value: 7.6e6, source: REPORT },
    breakdowns: [
      { id: 'src', dimension: 'Source', partsUnit: 'share', parts: [{ label: 'Partners', value: 72 }, { label: 'ITU', value: 28 }], source: REPORT, note: '' },
    ],
    note: '',
    updatedAt: null,
    updatedBy: null,
  },
  { id: 'f22', indicatorId: 'funds', start: '2022-01-01', end: '2022-04-30', baseline: null, target: null, actual: { value: 1.25, source: null }, breakdowns: [], note: '', updatedAt: null, updatedBy: null },
  { id: 's23', indicatorId: 'share', start: '2023-04-30', end: '2023-04-30', baseline: { value: 10, source: null }, target: null, actual: null, breakdowns: [], note: '', updatedAt: null, updatedBy: null },
];

const LABELS: IndicatorCsvLabels = {
  column: Object.fromEntries(INDICATOR_CSV_COLUMNS.map((column) => [column, column])) as IndicatorCsvLabels['column'],
  unit: (unit) => unit.kind,
  area: (areaCode) => areaCode ?? 'whole strategy',
  kind: (kind) => kind,
  partsUnit: (partsUnit) => partsUnit,
  number: (value) => String(value).replace('.', ','),
  source: (source) => `${source.document} / ${source.section}`,
};

describe('the indicators CSV', () => {
  it('has a row per period, in list and time order, then a row per breakdown part under its period', () => {
    const rows = indicatorsToCsv([FUNDS, SHARE], PERIODS, LABELS, ';').slice(1).trimEnd().split('\r\n');
    expect(rows).toEqual([
      INDICATOR_CSV_COLUMNS.join(';'),
      '"Share, in %";percent;;whole strategy;;2023-04-30;2023-04-30;asOf;10;;;;;;;;;',
      // Quoted, as any cell with a comma: a spreadsheet reads 1,25 as a number where the comma is the decimal mark.
      'Funds signed;money;USD;V;V3 V4;2022-01-01;2022-04-30;part;;;"1,25";;;;;;;',
      'Funds signed;money;USD;V;V3 V4;2025-01-01;2025-12-31;year;;8000000;7600000;;;BDT report / 3. Results;;;;',
      'Funds signed;money;USD;V;V3 V4;2025-01-01;2025-12-31;year;;;;;;;Source;Partners;72;share',
      'Funds signed;money;USD;V;V3 V4;2025-01-01;2025-12-31;year;;;;;;;Source;ITU;28;share',
    ]);
  });

  it('splits cells with the separator it is given', () => {
    const csv = indicatorsToCsv([SHARE], PERIODS, LABELS, ',');
    expect(csv).toContain('"Share, in %",percent,,whole strategy,,2023-04-30');
  });
});
