import fc from 'fast-check';
import {
  HEALTHS,
  LINK_SOURCES,
  STATUSES,
  STATUS_SOURCES,
  findHiddenCharacterInName,
  type Indicator,
  type IndicatorPeriod,
  type IndicatorUnit,
  type TrackerData,
} from '../../src/domain';

/** Text of every kind a user might type: any Unicode, quotes, backslashes, newlines. */
const text = (maxLength = 40) => fc.string({ unit: 'binary', maxLength });
const code = fc.stringMatching(/^[A-Z][0-9]{1,2}[a-z]?$/);
const order = fc.nat({ max: 50 });
const timestamp = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T23:59:59Z'), noInvalidDate: true })
  .map((date) => date.toISOString());
const calendarDate = timestamp.map((iso) => iso.slice(0, 10));
const quarter = fc
  .tuple(fc.option(fc.constantFrom('Phase 1', 'Phase 2'), { nil: null }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 2024, max: 2030 }))
  .map(([phase, q, year]) => (phase ? `${phase}: Q${q} ${year}` : `Q${q} ${year}`));
const target = fc.oneof(
  quarter,
  fc.tuple(fc.integer({ min: 2024, max: 2030 }), fc.nat({ max: 4 })).map(([from, span]) => `${from}-${from + span}`),
);
const status = fc.constantFrom(...STATUSES);
// A display name of any characters, or null for "this browser".
const author = fc.option(text(), { nil: null });
const ulid = fc.stringMatching(/^[0-7][0-9A-HJKMNP-TV-Z]{25}$/);
const passage = fc.record({ document: text(), section: text(), text: text(200) });

const UNITS: IndicatorUnit[] = [{ kind: 'count' }, { kind: 'percent' }, { kind: 'money', currency: 'USD' }, { kind: 'money', currency: 'CHF' }];
const source = fc.option(fc.record({ document: text(), section: text(), page: fc.option(fc.integer({ min: 1, max: 500 }), { nil: null }) }), { nil: null });
const breakdown = fc.record({
  id: ulid,
  dimension: text(),
  partsUnit: fc.constantFrom('value' as const, 'share' as const),
  parts: fc.array(fc.record({ label: text(), value: fc.integer({ min: 0, max: 1000 }) }), { minLength: 1, maxLength: 3 }),
  source,
  note: text(),
});

/** Whole-year periods of one indicator, one per year so that none clash, with figures its unit allows. */
function periodsOf(indicator: Pick<Indicator, 'id' | 'unit'>): fc.Arbitrary<IndicatorPeriod[]> {
  const figure = indicator.unit.kind === 'percent' ? fc.integer({ min: 0, max: 1000 }).map((tenths) => tenths / 10) : fc.integer({ min: 0, max: 10_000_000 });
  const value = fc.option(fc.record({ value: figure, source }), { nil: null });
  return fc.uniqueArray(fc.integer({ min: 2015, max: 2030 }), { maxLength: 3 }).chain((years) =>
    fc.tuple(
      ...years.map((year) =>
        fc.record({
          id: fc.constant(`${indicator.id}-${year}`),
          indicatorId: fc.constant(indicator.id),
          start: fc.constant(`${year}-01-01`),
          end: fc.constant(`${year}-12-31`),
          baseline: value,
          target: value,
          actual: value,
          breakdowns: fc.array(breakdown, { maxLength: 2 }),
          note: text(),
          updatedAt: fc.option(timestamp, { nil: null }),
          updatedBy: author,
        }),
      ),
    ),
  );
}

/** Any valid tracker: unique keys, references that resolve, well-formed quarters and dates. */
export const arbitraryTracker: fc.Arbitrary<TrackerData> = fc
  .record({
    areaCodes: fc.uniqueArray(fc.constantFrom('M', 'E', 'V', 'X', 'Y'), { minLength: 1, maxLength: 5 }),
    lineCodes: fc.uniqueArray(code, { minLength: 1, maxLength: 12 }),
  })
  .chain(({ areaCodes, lineCodes }) => {
    const lineCode = fc.constantFrom(...lineCodes);
    return fc.record({
      areas: fc.tuple(...areaCodes.map((areaCode) => fc.record({ code: fc.constant(areaCode), name: text(), order, objectives: fc.array(text(), { maxLength: 3 }) }))),
      actionLines: fc.tuple(
        ...lineCodes.map((lineCodeValue) =>
          fc.record({
            code: fc.constant(lineCodeValue),
            areaCode: fc.constantFrom(...areaCodes),
            title: text(),
            text: text(200),
            status,
            order,
            // A name the board filters by: NFC, nothing invisible or direction-changing (validateLeadUnit).
            leadUnit: text(10)
              .map((value) => value.normalize('NFC'))
              .filter((value) => findHiddenCharacterInName(value) === null),
            target: fc.option(target, { nil: null }),
            statusSource: fc.constantFrom(...STATUS_SOURCES),
            statusEvidence: fc.array(passage, { maxLength: 3 }),
            statusReason: text(),
            completedYear: fc.option(fc.integer({ min: 2020, max: 2030 }), { nil: null }),
            health: fc.option(fc.constantFrom(...HEALTHS), { nil: null }),
            healthReason: text(),
            notes: text(),
            updatedAt: timestamp,
            updatedBy: author,
          }),
        ),
      ),
      milestones: fc.uniqueArray(
        fc.record({
          id: fc.uuid(),
          lineCode,
          title: text(),
          target: fc.option(quarter, { nil: null }),
          status,
          completedOn: fc.option(calendarDate, { nil: null }),
          order,
          updatedAt: fc.option(timestamp, { nil: null }),
          updatedBy: author,
        }).map((milestone) => (milestone.status === 'Completed' ? milestone : { ...milestone, completedOn: null })),
        { selector: (milestone) => milestone.id, maxLength: 6 },
      ),
      priorityItems: fc.uniqueArray(
        fc.record({ id: fc.uuid(), lineCode, text: text(), milestone: status, target: quarter, order, linkSource: fc.constantFrom(...LINK_SOURCES), updatedAt: fc.option(timestamp, { nil: null }), updatedBy: author }),
        { selector: (item) => item.id, maxLength: 6 },
      ),
      indicators: fc.uniqueArray(
        fc.record({
          id: ulid,
          name: text().filter((value) => value.trim() !== ''),
          unit: fc.constantFrom(...UNITS),
          direction: fc.constantFrom('higher' as const, 'lower' as const),
          areaCode: fc.option(fc.constantFrom(...areaCodes), { nil: null }),
          lineCodes: fc.uniqueArray(lineCode, { maxLength: 3 }),
          definition: text(),
          order,
          updatedAt: fc.option(timestamp, { nil: null }),
          updatedBy: author,
        }),
        { selector: (indicator) => indicator.id, maxLength: 3 },
      ),
      settings: fc.record({
        reportingDate: fc.option(calendarDate, { nil: null }),
        seededAt: fc.option(timestamp, { nil: null }),
        strategy: fc.option(
          fc.record({
            title: text(),
            objectives: fc.array(text(), { maxLength: 3 }),
            source: fc.record({ document: text(), file: text(), note: text() }),
          }),
          { nil: null },
        ),
      }),
      history: fc.uniqueArray(
        fc.record({
          id: ulid,
          at: timestamp,
          entity: fc.constantFrom('actionLine' as const, 'milestone' as const, 'priorityItem' as const),
          entityId: code,
          lineCode,
          field: fc.constantFrom('status', 'notes', 'milestone.status', 'position'),
          from: fc.option(text(), { nil: null }),
          to: fc.option(text(), { nil: null }),
          author,
          device: fc.constantFrom('01JD8X3Q5S7V9B1C3E5G7J9K1M', 'imported'),
        }),
        { selector: (entry) => entry.id, maxLength: 8 },
      ),
    });
  })
  .chain((data) =>
    fc
      .tuple(...data.indicators.map(periodsOf))
      .map((periods) => ({ ...data, areas: [...data.areas], actionLines: [...data.actionLines], indicatorPeriods: periods.flat() })),
  );
