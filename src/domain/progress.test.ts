import { describe, expect, it } from 'vitest';
import { computeAreaProgress, computeProgress } from './progress';
import { SEED_AREAS, SEED_PRIORITY_ITEMS, buildSeedActionLines } from './seed/resourceMobilizationStrategy';

const seedLines = buildSeedActionLines('2026-01-15T00:00:00.000Z');

describe('the seed reproduces the figures of the CWG-FHR report', () => {
  it('has 24 lines, 18 started = 75 %, 2 completed, 6 to be started', () => {
    expect(computeProgress(seedLines)).toEqual({
      total: 24,
      started: 18,
      startedPercent: 75,
      completed: 2,
      ongoing: 16,
      toBeStarted: 6,
    });
  });

  it('splits M 10 (2 completed, 8 ongoing), E 7 (2 ongoing, 5 to be started), V 7 (6 ongoing, 1 to be started)', () => {
    const byArea = Object.fromEntries(
      computeAreaProgress(SEED_AREAS, seedLines).map(({ area, figures }) => [
        area.code,
        [figures.total, figures.completed, figures.ongoing, figures.toBeStarted],
      ]),
    );
    expect(byArea).toEqual({ M: [10, 2, 8, 0], E: [7, 0, 2, 5], V: [7, 0, 6, 1] });
  });

  it('has unique codes and every line in a known area', () => {
    const codes = seedLines.map((line) => line.code);
    expect(new Set(codes).size).toBe(24);
    const areaCodes = new Set(SEED_AREAS.map((area) => area.code));
    expect(seedLines.every((line) => areaCodes.has(line.areaCode))).toBe(true);
  });

  it('has the 7 priority items, each pointing at a line, with its own milestone status', () => {
    expect(SEED_PRIORITY_ITEMS).toHaveLength(7);
    const codes = new Set(seedLines.map((line) => line.code));
    expect(SEED_PRIORITY_ITEMS.every((item) => codes.has(item.lineCode))).toBe(true);
    const v1 = SEED_PRIORITY_ITEMS.find((item) => item.lineCode === 'V1');
    expect(v1?.milestone).toBe('To be started');
    expect(seedLines.find((line) => line.code === 'V1')?.status).toBe('Ongoing');
    expect(SEED_PRIORITY_ITEMS.find((item) => item.lineCode === 'M8')?.target).toBe('Phase 1: Q2 2026');
  });

  it('fixes the extraction errors of the source text', () => {
    const text = seedLines.map((line) => line.text).join(' ');
    expect(text).toContain('lessons learned');
    expect(text).toContain('AI for Good');
    expect(text).toContain('through digital platforms');
    expect(text).not.toMatch(/leamned|Al for Good| igital/);
  });
});

describe('computeProgress', () => {
  it('is all zeros for no lines', () => {
    expect(computeProgress([])).toEqual({
      total: 0,
      started: 0,
      startedPercent: 0,
      completed: 0,
      ongoing: 0,
      toBeStarted: 0,
    });
  });

  it('rounds the started percentage to a whole number', () => {
    const lines = [{ status: 'Ongoing' as const }, { status: 'To be started' as const }, { status: 'To be started' as const }];
    expect(computeProgress(lines).startedPercent).toBe(33);
  });
});
