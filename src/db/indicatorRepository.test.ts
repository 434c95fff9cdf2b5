import { describe, expect, it } from 'vitest';
import type { IndicatorPeriod } from '../domain';
import { testIndicator, testPeriod } from '../../tests/helpers/indicatorRecords';
import { createTestDatabase } from '../../tests/helpers/testDatabase';
import {
  addIndicator,
  addIndicatorPeriod,
  deleteIndicator,
  deleteIndicatorPeriod,
  updateIndicator,
  updateIndicatorPeriod,
} from './indicatorRepository';
import { StaleWriteError } from './staleWrite';

const NOW = '2026-03-31T09:00:00.000Z';

const indicator = testIndicator({ id: '01JQ0000000000000000000001', lineCodes: ['V1'], definition: 'Partnership agreements signed by BDT.' });

const period = (id: string, start: string, end: string, actual: number | null): IndicatorPeriod =>
  testPeriod(id, start, end, null, {
    indicatorId: indicator.id,
    actual: actual === null ? null : { value: actual, source: { document: 'BDT report', section: 'Table 1', page: 3 } },
  });

const year2025 = period('01JQ0000000000000000000P25', '2025-01-01', '2025-12-31', 76);

async function trackerWithIndicator() {
  const db = createTestDatabase();
  await addIndicator(db, { indicator, periods: [year2025] }, NOW);
  return db;
}

describe('indicator writes', () => {
  it('adds an indicator with its periods in one write, recorded under the indicator', async () => {
    const db = await trackerWithIndicator();
    expect(await db.indicators.get(indicator.id)).toMatchObject({ name: 'Agreements signed', updatedAt: NOW });
    expect(await db.indicatorPeriods.where('indicatorId').equals(indicator.id).count()).toBe(1);
    const history = await db.historyEntries.toArray();
    expect(history.map(({ entity, lineCode, field, from, to }) => ({ entity, lineCode, field, from, to }))).toEqual([
      { entity: 'indicator', lineCode: indicator.id, field: 'indicator', from: null, to: 'Agreements signed' },
    ]);
  });

  it('records each changed field of an edit as readable text', async () => {
    const db = await trackerWithIndicator();
    const stored = (await db.indicators.get(indicator.id))!;
    await updateIndicator(db, stored, { ...stored, unit: { kind: 'money', currency: 'USD' }, lineCodes: ['V1', 'V2'] }, NOW);
    const fields = (await db.historyEntries.where('lineCode').equals(indicator.id).toArray()).filter((entry) => entry.field !== 'indicator');
    expect(fields.map(({ field, from, to }) => ({ field, from, to }))).toEqual([
      { field: 'unit', from: 'count', to: 'money USD' },
      { field: 'lineCodes', from: 'V1', to: 'V1, V2' },
    ]);
  });

  it('refuses an edit over an indicator changed since the edit began, writing nothing', async () => {
    const db = await trackerWithIndicator();
    const stored = (await db.indicators.get(indicator.id))!;
    await updateIndicator(db, stored, { ...stored, name: 'Agreements' }, NOW);
    await expect(updateIndicator(db, stored, { ...stored, definition: 'Other' }, NOW)).rejects.toBeInstanceOf(StaleWriteError);
    expect(await db.indicators.get(indicator.id)).toMatchObject({ name: 'Agreements', definition: indicator.definition });
  });

  it('adds, edits and deletes periods, each recorded with its indicator', async () => {
    const db = await trackerWithIndicator();
    const year2026 = period('01JQ0000000000000000000P26', '2026-01-01', '2026-12-31', null);
    await addIndicatorPeriod(db, year2026, NOW);
    const edited = { ...year2026, actual: { value: 80, source: { document: 'BDT report 2026', section: 'Table 1', page: null } } };
    await updateIndicatorPeriod(db, (await db.indicatorPeriods.get(year2026.id))!, edited, NOW);
    await deleteIndicatorPeriod(db, (await db.indicatorPeriods.get(year2026.id))!, NOW);
    const history = await db.historyEntries.where('lineCode').equals(indicator.id).sortBy('id');
    expect(history.map(({ entity, field, from, to }) => [entity, field, from, to])).toEqual([
      ['indicator', 'indicator', null, 'Agreements signed'],
      ['indicatorPeriod', 'period', null, '2026-01-01 – 2026-12-31'],
      ['indicatorPeriod', 'period.actual', null, '80'],
      ['indicatorPeriod', 'period.actualSource', null, 'BDT report 2026, Table 1'],
      ['indicatorPeriod', 'period', '2026-01-01 – 2026-12-31', null],
    ]);
    expect(await db.indicatorPeriods.count()).toBe(1);
  });

  it('refuses a period that clashes with one stored since, writing nothing', async () => {
    const db = await trackerWithIndicator();
    const overlapping = period('01JQ0000000000000000000PX1', '2025-06-01', '2026-05-31', 10);
    await expect(addIndicatorPeriod(db, overlapping, NOW)).rejects.toThrow('not valid');
    expect(await db.indicatorPeriods.count()).toBe(1);
  });

  it('deletes an indicator with its periods, and not once a period changed since', async () => {
    const db = await trackerWithIndicator();
    const seen = { indicator: (await db.indicators.get(indicator.id))!, periods: await db.indicatorPeriods.toArray() };
    await updateIndicatorPeriod(db, seen.periods[0]!, { ...seen.periods[0]!, note: 'Checked' }, NOW);
    await expect(deleteIndicator(db, seen, NOW)).rejects.toBeInstanceOf(StaleWriteError);
    expect(await db.indicators.count()).toBe(1);
    const fresh = { indicator: (await db.indicators.get(indicator.id))!, periods: await db.indicatorPeriods.toArray() };
    await deleteIndicator(db, fresh, NOW);
    expect(await db.indicators.count()).toBe(0);
    expect(await db.indicatorPeriods.count()).toBe(0);
    const last = (await db.historyEntries.where('lineCode').equals(indicator.id).sortBy('id')).at(-1);
    expect(last).toMatchObject({ field: 'indicator', from: 'Agreements signed', to: null });
  });
});
