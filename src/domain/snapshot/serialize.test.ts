import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryTracker } from '../../../tests/snapshots/arbitraryTracker';
import { buildSeedActionLines, SEED_AREAS, SEED_PRIORITY_ITEMS, SEED_STRATEGY } from '../index';
import { indicatorsWithPositions, withPositions } from '../rank';
import { SEED_INDICATORS, SEED_INDICATOR_PERIODS } from '../seed/indicatorSeed';
import type { SnapshotMeta, TrackerData } from './schema';
import { labelSlug, serializeSnapshot, snapshotFileName, trackerDataOf, utf8Length } from './serialize';
import { checkSnapshotText } from './validate';
import { MAX_SNAPSHOT_BYTES } from './version';

const META: SnapshotMeta = { exportedAt: '2026-01-15T09:30:00.000Z', reportingDate: '2026-01-15', label: 'CWG-FHR January 2026', appVersion: '0.1.0' };

function seedTracker(): TrackerData {
  return {
    areas: SEED_AREAS,
    ...withPositions({ actionLines: buildSeedActionLines('2025-12-01T08:00:00.000Z'), milestones: [], priorityItems: SEED_PRIORITY_ITEMS }),
    indicators: indicatorsWithPositions(SEED_INDICATORS),
    indicatorPeriods: SEED_INDICATOR_PERIODS,
    settings: { reportingDate: null, seededAt: '2025-12-01T08:00:00.000Z', strategy: SEED_STRATEGY },
    history: [{ id: '01KD0000000000000000000001', at: '2026-01-02T10:00:00.000Z', entity: 'actionLine', entityId: 'E1', lineCode: 'E1', field: 'status', from: 'To be started', to: 'Ongoing', author: null, device: 'imported' }],
  };
}

function roundTrip(text: string): string {
  const check = checkSnapshotText(text);
  if (!check.ok) throw new Error(JSON.stringify(check.issues));
  return serializeSnapshot(trackerDataOf(check.snapshot), check.snapshot);
}

describe('serializeSnapshot', () => {
  it('writes the envelope first, then the data, with 2-space indentation and a trailing newline', () => {
    const text = serializeSnapshot(seedTracker(), META);
    expect(Object.keys(JSON.parse(text))).toEqual([
      'format', 'formatVersion', 'exportedAt', 'reportingDate', 'label', 'appVersion',
      'areas', 'actionLines', 'milestones', 'priorityItems', 'indicators', 'indicatorPeriods', 'settings', 'history',
    ]);
    expect(text.startsWith('{\n  "format": "action-line-tracker-snapshot",\n  "formatVersion": 4,\n')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('is independent of record and key order', () => {
    const tracker = seedTracker();
    const shuffled: TrackerData = {
      ...tracker,
      areas: [...tracker.areas].reverse(),
      actionLines: [...tracker.actionLines].reverse().map((line) => Object.fromEntries(Object.entries(line).reverse()) as typeof line),
      priorityItems: [...tracker.priorityItems].reverse(),
      indicators: [...tracker.indicators].reverse(),
      indicatorPeriods: [...tracker.indicatorPeriods].reverse().map((period) => Object.fromEntries(Object.entries(period).reverse()) as typeof period),
    };
    expect(serializeSnapshot(shuffled, META)).toBe(serializeSnapshot(tracker, META));
    const lines = JSON.parse(serializeSnapshot(shuffled, META)).actionLines as { code: string }[];
    expect(lines.slice(0, 3).map((line) => line.code)).toEqual(['E1', 'E2', 'E3']);
  });

  it('reads back what it wrote, byte for byte, for any tracker', () => {
    fc.assert(
      fc.property(arbitraryTracker, (tracker) => {
        const text = serializeSnapshot(tracker, META);
        expect(roundTrip(text)).toBe(text);
      }),
      { numRuns: 500 },
    );
  });
});

/** A portfolio the size of the benchmark's largest: 2,000 lines with 10 milestones each. */
function largeTracker(): TrackerData {
  const tracker = seedTracker();
  const words = 'Strengthen partner resource member event product service donor fund digital network outreach';
  const [model] = tracker.actionLines;
  if (!model) throw new Error('The seed has action lines.');
  const areaCodes = tracker.areas.map((area) => area.code);
  const actionLines = Array.from({ length: 2000 }, (_, index) => ({
    ...model,
    code: `L${index + 1}`,
    areaCode: areaCodes[index % areaCodes.length] ?? model.areaCode,
    title: words.slice(0, 40),
    text: words,
    order: index,
  }));
  const milestones = actionLines.flatMap((line) =>
    Array.from({ length: 10 }, (_, order) => ({
      id: `${line.code}-m${order + 1}`,
      lineCode: line.code,
      title: words.slice(0, 50),
      target: 'Q3 2026',
      status: 'Ongoing' as const,
      completedOn: null,
      order,
      updatedAt: null,
      updatedBy: null,
    })),
  );
  // The seeded indicators' lines are gone: they keep no lines.
  const indicators = tracker.indicators.map((indicator) => ({ ...indicator, lineCodes: [] }));
  return { ...tracker, actionLines, milestones, priorityItems: [], indicators, history: [] };
}

describe('serializeSnapshot and the import limit', () => {
  it('writes compact JSON when the indented text would pass the limit, and reads it back', () => {
    const tracker = seedTracker();
    const indented = serializeSnapshot(tracker, META);
    const bytes = new TextEncoder().encode(indented).byteLength;
    const compact = serializeSnapshot(tracker, META, bytes - 1);
    expect(compact).toBe(`${JSON.stringify(JSON.parse(indented))}\n`);
    expect(serializeSnapshot(tracker, META, bytes)).toBe(indented);
    expect(roundTrip(compact)).toBe(indented);
  });

  it('writes a 2,000 x 10 tracker indented, well under the import limit, and reads it back', () => {
    const text = serializeSnapshot(largeTracker(), META);
    expect(text.startsWith('{\n  "format":')).toBe(true);
    expect(new TextEncoder().encode(text).byteLength).toBeLessThanOrEqual(MAX_SNAPSHOT_BYTES / 10);
    const check = checkSnapshotText(text);
    expect(check.ok).toBe(true);
    if (check.ok) expect(serializeSnapshot(trackerDataOf(check.snapshot), check.snapshot)).toBe(text);
  });

  it('writes each history entry on one line of its own', () => {
    const tracker = seedTracker();
    const second = { id: '01KD0000000000000000000002', at: '2026-01-03T10:00:00.000Z', entity: 'actionLine' as const, entityId: 'E1', lineCode: 'E1', field: 'notes', from: null, to: 'Two\nlines', author: 'Amina', device: 'imported' };
    const text = serializeSnapshot({ ...tracker, history: [...tracker.history, second] }, META);
    expect(text.endsWith(
      [
        '  "history": [',
        '    {"id":"01KD0000000000000000000001","at":"2026-01-02T10:00:00.000Z","entity":"actionLine","entityId":"E1","lineCode":"E1","field":"status","from":"To be started","to":"Ongoing","author":null,"device":"imported"},',
        '    {"id":"01KD0000000000000000000002","at":"2026-01-03T10:00:00.000Z","entity":"actionLine","entityId":"E1","lineCode":"E1","field":"notes","from":null,"to":"Two\\nlines","author":"Amina","device":"imported"}',
        '  ]',
        '}',
        '',
      ].join('\n'),
    )).toBe(true);
    expect(serializeSnapshot({ ...tracker, history: [] }, META).endsWith('  "history": []\n}\n')).toBe(true);
  });

  it('counts UTF-8 bytes exactly, without encoding', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (value) => {
        const json = JSON.stringify(value);
        expect(utf8Length(json)).toBe(new TextEncoder().encode(json).byteLength);
      }),
      { numRuns: 500 },
    );
  });
});

describe('snapshotFileName', () => {
  it('names the file after the reporting date and label', () => {
    expect(snapshotFileName('2026-01-15', 'CWG-FHR January 2026')).toBe('action-lines-2026-01-15-cwg-fhr-january-2026.json');
    expect(snapshotFileName('2025-06-30', 'Council-25')).toBe('action-lines-2025-06-30-council-25.json');
  });

  it('keeps letters of any script and drops characters a file system refuses', () => {
    expect(labelSlug('../Conseil: «2026»/*?')).toBe('conseil-2026');
    expect(labelSlug('مجلس 2026')).toBe('مجلس-2026');
    expect(snapshotFileName('2026-01-15', '  ')).toBe('action-lines-2026-01-15-snapshot.json');
  });
});
