import { describe, expect, it } from 'vitest';
import { MAX_SNAPSHOT_BYTES, checkSnapshotFile, serializeImportableSnapshot, utf8Length } from '../../src/domain';
import { buildRealisticTracker } from '../snapshots/realisticTracker';

const META = { exportedAt: '2026-01-15T09:30:00.000Z', reportingDate: '2026-01-15', label: 'capacity', appVersion: '0.1.0' };

/**
 * The measurement the import limit rests on (MAX_SNAPSHOT_BYTES): the largest realistic tracker
 * exports whole and imports back, with room to spare. SNAPSHOT_CAPACITY_REPORT=1 prints the figures.
 */
describe('snapshot capacity', () => {
  it('exports the largest realistic tracker with its whole history, at most half the import limit, and imports it back', async () => {
    const tracker = buildRealisticTracker();
    const { text, omittedHistory } = serializeImportableSnapshot(tracker, META);
    expect(omittedHistory).toBe(0);
    const size = utf8Length(text);
    expect(size).toBeLessThanOrEqual(MAX_SNAPSHOT_BYTES / 2);

    const encoded = new TextEncoder().encode(text);
    const started = performance.now();
    const check = await checkSnapshotFile({ size: encoded.byteLength, arrayBuffer: () => Promise.resolve(encoded.buffer) });
    const checkMs = performance.now() - started;
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(check.snapshot.actionLines).toHaveLength(2000);
    expect(check.snapshot.milestones).toHaveLength(20_000);
    expect(check.snapshot.history).toHaveLength(100_000);
    expect(check.snapshot.history.at(-1)).toEqual(tracker.history.at(-1));
    if (import.meta.env.SNAPSHOT_CAPACITY_REPORT) {
      const compact = utf8Length(JSON.stringify(JSON.parse(text)));
      console.info(
        `largest realistic tracker: ${size} bytes as written (${text.startsWith('{\n') ? 'indented' : 'compact'}), ${compact} compact; ` +
          `decoded, parsed and checked in ${Math.round(checkMs)} ms; limit ${MAX_SNAPSHOT_BYTES} bytes`,
      );
    }
  }, 180_000);
});
