import {
  hasErrors,
  indicatorEditHistory,
  indicatorPresenceHistory,
  periodHistory,
  validatePeriod,
  type Indicator,
  type IndicatorPeriod,
  type IndicatorWithPeriods,
} from '../domain';
import type { TrackerDatabase } from './database';
import { recordedWrite, storedRecord } from './recordedWrite';
import { StaleWriteError } from './staleWrite';

/*
 * Indicators and periods are written whole (a period's values carry sources and breakdowns), so a
 * write compares the whole stored record with the one the change started from, apart from the
 * stamps a save adds: a record changed elsewhere since is never overwritten.
 */
function content<T extends { updatedAt: string | null; updatedBy: string | null }>(record: T): string {
  return canonicalJson({ ...record, updatedAt: null, updatedBy: null });
}

/** JSON with every object's keys sorted: the seed, a form and a snapshot build records in different key orders. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${canonicalJson(inner)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function assertSame<T extends { id: string; updatedAt: string | null; updatedBy: string | null }>(stored: T | undefined, expected: T): T {
  if (!stored || content(stored) !== content(expected)) throw new StaleWriteError(expected.id);
  return stored;
}

/** A period that clashes with another of its indicator's, or breaks another rule, is refused here too: another tab may have added one since. */
function assertValidPeriod(period: IndicatorPeriod, indicator: Indicator, others: readonly IndicatorPeriod[]): void {
  if (hasErrors(validatePeriod(period, indicator.unit, others))) throw new Error(`Period ${period.start} – ${period.end} is not valid for ${indicator.name}.`);
}

export function addIndicator(db: TrackerDatabase, { indicator, periods }: IndicatorWithPeriods, now = new Date().toISOString()): Promise<void> {
  return recordedWrite(
    db,
    db.indicators,
    async () => {
      // A redone add whose indicator is back already (another tab's undo) is refused as stale.
      if (await db.indicators.get(indicator.id)) throw new StaleWriteError('id');
    },
    () => ({ add: [indicator], related: { table: db.indicatorPeriods, add: periods }, history: indicatorPresenceHistory(null, indicator, now) }),
    [db.indicatorPeriods],
  );
}

/** Saves `after` over `before`, the indicator as the edit started from. */
export function updateIndicator(db: TrackerDatabase, before: Indicator, after: Indicator, now = new Date().toISOString()): Promise<void> {
  return recordedWrite(db, db.indicators, () => db.indicators.get(before.id), (stored) => {
    assertSame(stored, before);
    return { put: [after], history: indicatorEditHistory(before, after, now) };
  });
}

/** Deletes an indicator with its periods, only while both are as `expected` (what the person saw). */
export function deleteIndicator(db: TrackerDatabase, expected: IndicatorWithPeriods, now = new Date().toISOString()): Promise<void> {
  const { indicator } = expected;
  return recordedWrite(
    db,
    db.indicators,
    async () => ({
      stored: await db.indicators.get(indicator.id),
      periods: await db.indicatorPeriods.where('indicatorId').equals(indicator.id).toArray(),
    }),
    ({ stored, periods }) => {
      assertSame(stored, indicator);
      const expectedPeriods = new Map(expected.periods.map((period) => [period.id, period]));
      if (periods.length !== expectedPeriods.size) throw new StaleWriteError('periods');
      for (const period of periods) assertSame(period, expectedPeriods.get(period.id) ?? period);
      if (periods.some((period) => !expectedPeriods.has(period.id))) throw new StaleWriteError('periods');
      return {
        delete: [indicator.id],
        related: { table: db.indicatorPeriods, delete: periods.map((period) => period.id) },
        history: indicatorPresenceHistory(indicator, null, now),
      };
    },
    [db.indicatorPeriods],
  );
}

async function readIndicatorPeriods(db: TrackerDatabase, indicatorId: string) {
  return {
    indicator: await storedRecord(db.indicators, indicatorId, 'Indicator'),
    periods: await db.indicatorPeriods.where('indicatorId').equals(indicatorId).toArray(),
  };
}

export function addIndicatorPeriod(db: TrackerDatabase, period: IndicatorPeriod, now = new Date().toISOString()): Promise<void> {
  return recordedWrite(
    db,
    db.indicatorPeriods,
    () => readIndicatorPeriods(db, period.indicatorId),
    ({ indicator, periods }) => {
      if (periods.some((other) => other.id === period.id)) throw new StaleWriteError('id');
      assertValidPeriod(period, indicator, periods);
      return { add: [period], history: periodHistory(null, period, now) };
    },
    [db.indicators],
  );
}

/** Saves `after` over `before`, the period as the edit started from. */
export function updateIndicatorPeriod(db: TrackerDatabase, before: IndicatorPeriod, after: IndicatorPeriod, now = new Date().toISOString()): Promise<void> {
  return recordedWrite(
    db,
    db.indicatorPeriods,
    () => readIndicatorPeriods(db, before.indicatorId),
    ({ indicator, periods }) => {
      assertSame(
        periods.find((period) => period.id === before.id),
        before,
      );
      assertValidPeriod(after, indicator, periods);
      return { put: [after], history: periodHistory(before, after, now) };
    },
    [db.indicators],
  );
}

/** Deletes a period, only while it is as `expected`. */
export function deleteIndicatorPeriod(db: TrackerDatabase, expected: IndicatorPeriod, now = new Date().toISOString()): Promise<void> {
  return recordedWrite(db, db.indicatorPeriods, () => db.indicatorPeriods.get(expected.id), (stored) => {
    assertSame(stored, expected);
    return { delete: [expected.id], history: periodHistory(expected, null, now) };
  });
}
