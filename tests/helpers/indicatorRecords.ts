import type { Indicator, IndicatorPeriod } from '../../src/domain';

/** An indicator for tests: a count of area V, with no lines; `extra` changes what a test needs. */
export function testIndicator(extra: Partial<Indicator> = {}): Indicator {
  return {
    id: 'i',
    name: 'Agreements signed',
    unit: { kind: 'count' },
    direction: 'higher',
    areaCode: 'V',
    lineCodes: [],
    definition: '',
    rank: 'a0',
    updatedAt: null,
    updatedBy: null,
    ...extra,
  };
}

/** A period of indicator `i` (or `extra.indicatorId`) with an actual figure without source, or none. */
export function testPeriod(id: string, start: string, end: string, actual: number | null = null, extra: Partial<IndicatorPeriod> = {}): IndicatorPeriod {
  return {
    id,
    indicatorId: 'i',
    start,
    end,
    baseline: null,
    target: null,
    actual: actual === null ? null : { value: actual, source: null },
    breakdowns: [],
    note: '',
    updatedAt: null,
    updatedBy: null,
    ...extra,
  };
}
