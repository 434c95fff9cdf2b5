import { describe, expect, it } from 'vitest';
import validFormat3 from '../../../tests/snapshots/valid-format-3.json?raw';
import validSmallV1 from '../../../tests/snapshots/valid-small.json?raw';
import { indicatorsWithPositions } from '../rank';
import { SEED_INDICATORS, SEED_INDICATOR_PERIODS } from '../seed/indicatorSeed';
import { checkSnapshotText } from './validate';

describe('snapshot format 3', () => {
  it('still imports, and gains the seeded indicators and periods, as a database upgraded to version 5 does', () => {
    const older = JSON.parse(validFormat3) as Record<string, unknown>;
    expect(older.formatVersion).toBe(3);
    expect(older).not.toHaveProperty('indicators');
    const check = checkSnapshotText(validFormat3);
    if (!check.ok) throw new Error(JSON.stringify(check.issues));
    expect(check.upgradedFrom).toBe(3);
    expect(check.snapshot.formatVersion).toBe(4);
    expect(check.snapshot.indicators).toEqual(indicatorsWithPositions(SEED_INDICATORS));
    expect(check.snapshot.indicatorPeriods).toEqual(SEED_INDICATOR_PERIODS);
    expect(check.snapshot.indicators.map((indicator) => indicator.order)).toEqual(SEED_INDICATORS.map((_, index) => index));
  });

  it('keeps its own records as they were', () => {
    const older = JSON.parse(validFormat3) as { actionLines: unknown[]; history: unknown[]; priorityItems: unknown[] };
    const check = checkSnapshotText(validFormat3);
    if (!check.ok) throw new Error(JSON.stringify(check.issues));
    expect(check.snapshot.actionLines).toEqual(older.actionLines);
    expect(check.snapshot.priorityItems).toEqual(older.priorityItems);
    expect(check.snapshot.history).toEqual(older.history);
  });

  it("leaves out the seed's references to areas and lines a tracker other than the strategy's lacks, so that it imports", () => {
    const check = checkSnapshotText(validSmallV1);
    if (!check.ok) throw new Error(JSON.stringify(check.issues));
    const areas = new Set(check.snapshot.areas.map((area) => area.code));
    const lines = new Set(check.snapshot.actionLines.map((line) => line.code));
    expect(check.snapshot.indicators).toHaveLength(SEED_INDICATORS.length);
    expect(check.snapshot.indicators.every((indicator) => indicator.areaCode === null || areas.has(indicator.areaCode))).toBe(true);
    expect(check.snapshot.indicators.flatMap((indicator) => indicator.lineCodes).every((code) => lines.has(code))).toBe(true);
    expect(check.snapshot.indicatorPeriods).toEqual(SEED_INDICATOR_PERIODS);
  });
});
