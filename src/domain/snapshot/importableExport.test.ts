import { describe, expect, it } from 'vitest';
import { SEED_AREAS, SEED_PRIORITY_ITEMS, SEED_STRATEGY, buildSeedActionLines } from '../seed/resourceMobilizationStrategy';
import { withPositions } from '../rank';
import { TEXT_LIMITS } from '../validation';
import { ulidForNumberedEntry } from '../ulid';
import type { TrackerData } from './schema';
import { SnapshotTooLargeError, serializeImportableSnapshot, serializeSnapshot } from './serialize';
import { checkSnapshotFile } from './validate';
import { MAX_SNAPSHOT_BYTES } from './version';

const META = { exportedAt: '2026-01-15T09:30:00.000Z', reportingDate: '2026-01-15', label: 'test', appVersion: '0.1.0' };
const bytes = (text: string) => new TextEncoder().encode(text).byteLength;

/**
 * The largest tracker the app's own fields allow on the seeded lines: every editable text at its
 * limit, ten milestones per line, and a long history of full-length notes rewritten again and again.
 */
function largestTracker(historyEntries: number): TrackerData {
  const long = (limit: number, letter: string) => letter.repeat(limit);
  const actionLines = buildSeedActionLines('2025-12-01T08:00:00.000Z').map((line) => ({
    ...line,
    title: long(TEXT_LIMITS.title, 't'),
    text: long(TEXT_LIMITS.text, 'x'),
    leadUnit: long(TEXT_LIMITS.leadUnit, 'u'),
    healthReason: long(TEXT_LIMITS.healthReason, 'r'),
    notes: long(TEXT_LIMITS.notes, 'n'),
  }));
  const milestones = actionLines.flatMap((line) =>
    Array.from({ length: 10 }, (_, order) => ({
      id: `${line.code}-m${order}`,
      lineCode: line.code,
      title: long(TEXT_LIMITS.title, 'm'),
      target: 'Q3 2026',
      status: 'Ongoing' as const,
      completedOn: null,
      order,
      updatedAt: null,
      updatedBy: null,
    })),
  );
  // One note in ASCII, one in characters of two, three and four bytes in UTF-8.
  const notes = [long(TEXT_LIMITS.notes, 'a'), 'é中😀'.repeat(TEXT_LIMITS.notes / 4)];
  const history = Array.from({ length: historyEntries }, (_, index) => {
    const code = actionLines[index % actionLines.length]?.code ?? 'M1';
    return {
      id: ulidForNumberedEntry(new Date(Date.UTC(2026, 0, 1) + index * 60_000).toISOString(), index + 1),
      at: new Date(Date.UTC(2026, 0, 1) + index * 60_000).toISOString(),
      entity: 'actionLine' as const,
      entityId: code,
      lineCode: code,
      field: 'notes',
      from: notes[index % 2] ?? null,
      to: notes[(index + 1) % 2] ?? null,
      author: null,
      device: 'imported',
    };
  });
  return {
    areas: SEED_AREAS,
    ...withPositions({ actionLines, milestones: [], priorityItems: SEED_PRIORITY_ITEMS }),
    milestones,
    indicators: [],
    indicatorPeriods: [],
    settings: { reportingDate: null, seededAt: '2025-12-01T08:00:00.000Z', strategy: SEED_STRATEGY },
    history,
  };
}

/** A file as the import reads it (jsdom's Blob has no arrayBuffer). */
function source(text: string) {
  const encoded = new TextEncoder().encode(text);
  return { size: encoded.byteLength, arrayBuffer: () => Promise.resolve(encoded.buffer) };
}

describe('every export imports back', () => {
  it('imports the largest export the app allows, a file at the limit, whole; only beyond it is the oldest history left out', async () => {
    // Entries of 65 kB (two full-length notes, one in characters of 2 to 4 bytes): enough of
    // them to pass the limit.
    const tracker = largestTracker(Math.ceil(MAX_SNAPSHOT_BYTES / 65_000) + 20);
    const beyond = serializeImportableSnapshot(tracker, META);
    expect(beyond.omittedHistory).toBeGreaterThan(0);
    const atLimit = { ...tracker, history: tracker.history.slice(beyond.omittedHistory) };

    const { text, omittedHistory } = serializeImportableSnapshot(atLimit, META);
    expect(omittedHistory).toBe(0);
    expect(text).toBe(beyond.text);
    const size = bytes(text);
    expect(size).toBeLessThanOrEqual(MAX_SNAPSHOT_BYTES);
    // Within one entry of the limit: the largest file these records and this history can make.
    expect(MAX_SNAPSHOT_BYTES - size).toBeLessThan(66_000);
    const oneMore = { ...tracker, history: tracker.history.slice(beyond.omittedHistory - 1) };
    expect(bytes(serializeSnapshot(oneMore, META))).toBeGreaterThan(MAX_SNAPSHOT_BYTES);

    const check = await checkSnapshotFile(source(text));
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(check.snapshot.actionLines).toHaveLength(tracker.actionLines.length);
    expect(check.snapshot.milestones).toHaveLength(tracker.milestones.length);
    expect(check.snapshot.history.map((entry) => entry.id)).toEqual(atLimit.history.map((entry) => entry.id));
    expect(check.snapshot.history.at(-1)).toEqual(atLimit.history.at(-1));
  }, 180_000);

  it('writes the whole history when it fits', () => {
    const tracker = largestTracker(20);
    const { text, omittedHistory } = serializeImportableSnapshot(tracker, META);
    expect(omittedHistory).toBe(0);
    expect(text).toBe(serializeSnapshot(tracker, META));
  });

  it('leaves out the oldest entries beyond the entries a file may hold, and says how many', () => {
    const tracker = largestTracker(0);
    const short = { ...tracker.actionLines[0]!, notes: '' };
    const history = Array.from({ length: 13 }, (_, index) => ({
      id: ulidForNumberedEntry('2026-01-01T00:00:00.000Z', index + 1),
      at: '2026-01-01T00:00:00.000Z',
      entity: 'actionLine' as const,
      entityId: short.code,
      lineCode: short.code,
      field: 'position',
      from: '1',
      to: '2',
      author: null,
      device: 'imported',
    }));
    const { text, omittedHistory } = serializeImportableSnapshot({ ...tracker, history }, META, MAX_SNAPSHOT_BYTES, 10);
    expect(omittedHistory).toBe(3);
    const written = (JSON.parse(text) as { history: { id: string }[] }).history;
    expect(written.map((entry) => entry.id)).toEqual(history.slice(3).map((entry) => entry.id));
  });

  it('refuses to write a file that could not be imported, rather than writing it', () => {
    expect(() => serializeImportableSnapshot(largestTracker(0), META, 100_000)).toThrow(SnapshotTooLargeError);
  });
});
