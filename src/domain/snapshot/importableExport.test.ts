import { describe, expect, it } from 'vitest';
import { SEED_AREAS, SEED_PRIORITY_ITEMS, SEED_STRATEGY, buildSeedActionLines } from '../seed/resourceMobilizationStrategy';
import { TEXT_LIMITS } from '../validation';
import type { TrackerData } from './schema';
import { SnapshotTooLargeError, serializeImportableSnapshot, serializeSnapshot } from './serialize';
import { checkSnapshotText } from './validate';
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
    })),
  );
  const notes = [long(TEXT_LIMITS.notes, 'a'), long(TEXT_LIMITS.notes, 'b')];
  const history = Array.from({ length: historyEntries }, (_, index) => {
    const code = actionLines[index % actionLines.length]?.code ?? 'M1';
    return {
      id: index + 1,
      at: new Date(Date.UTC(2026, 0, 1) + index * 60_000).toISOString(),
      entity: 'actionLine' as const,
      entityId: code,
      lineCode: code,
      field: 'notes',
      from: notes[index % 2] ?? null,
      to: notes[(index + 1) % 2] ?? null,
    };
  });
  return {
    areas: SEED_AREAS,
    actionLines,
    milestones,
    priorityItems: SEED_PRIORITY_ITEMS,
    settings: { reportingDate: null, seededAt: '2025-12-01T08:00:00.000Z', strategy: SEED_STRATEGY },
    history,
  };
}

describe('every export imports back', () => {
  it('fits the largest tracker the app allows, with a history far beyond the limit, and imports it', () => {
    const tracker = largestTracker(300);
    expect(bytes(serializeSnapshot(tracker, META))).toBeGreaterThan(MAX_SNAPSHOT_BYTES);
    const { text, omittedHistory } = serializeImportableSnapshot(tracker, META);
    expect(bytes(text)).toBeLessThanOrEqual(MAX_SNAPSHOT_BYTES);
    const check = checkSnapshotText(text);
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    // Every record is whole; only the oldest history is left out, as little as possible.
    expect(check.snapshot.actionLines).toHaveLength(tracker.actionLines.length);
    expect(check.snapshot.milestones).toHaveLength(tracker.milestones.length);
    expect(omittedHistory).toBeGreaterThan(0);
    expect(check.snapshot.history.map((entry) => entry.id)).toEqual(tracker.history.slice(omittedHistory).map((entry) => entry.id));
    const oneMore = { ...tracker, history: tracker.history.slice(omittedHistory - 1) };
    expect(bytes(serializeSnapshot(oneMore, META))).toBeGreaterThan(MAX_SNAPSHOT_BYTES);
  });

  it('writes the whole history when it fits', () => {
    const tracker = largestTracker(20);
    const { text, omittedHistory } = serializeImportableSnapshot(tracker, META);
    expect(omittedHistory).toBe(0);
    expect(text).toBe(serializeSnapshot(tracker, META));
  });

  it('refuses to write a file that could not be imported, rather than writing it', () => {
    expect(() => serializeImportableSnapshot(largestTracker(0), META, 100_000)).toThrow(SnapshotTooLargeError);
  });
});
