import { describe, expect, it } from 'vitest';
import { datePosition, placeTarget, quartersInRange, yearRange } from './timeline';

const range = yearRange(2025, 2028);

describe('quartersInRange', () => {
  it('lists 16 quarters for 2025 to 2028', () => {
    const quarters = quartersInRange(range);
    expect(quarters).toHaveLength(16);
    expect(quarters[0]).toEqual({ year: 2025, quarter: 1 });
    expect(quarters[15]).toEqual({ year: 2028, quarter: 4 });
  });

  it('is empty when the range is reversed', () => {
    expect(quartersInRange(yearRange(2027, 2025))).toEqual([]);
  });
});

describe('placeTarget', () => {
  it('places targets, phases included, in their quarter column', () => {
    expect(placeTarget('Q1 2025', range)).toEqual({ kind: 'in-range', column: 0 });
    expect(placeTarget('Phase 1: Q2 2026', range)).toEqual({ kind: 'in-range', column: 5 });
    expect(placeTarget('Q4 2028', range)).toEqual({ kind: 'in-range', column: 15 });
  });

  it('tells targets outside the range and missing targets apart', () => {
    expect(placeTarget('Q4 2024', range)).toEqual({ kind: 'before' });
    expect(placeTarget('Q1 2029', range)).toEqual({ kind: 'after' });
    expect(placeTarget(null, range)).toEqual({ kind: 'unscheduled' });
    expect(placeTarget('soon', range)).toEqual({ kind: 'unscheduled' });
  });
});

describe('datePosition', () => {
  it('maps dates inside the range to a fraction and others to null', () => {
    expect(datePosition('2025-01-01', range)).toBe(0);
    expect(datePosition('2027-01-01', range)).toBeCloseTo(0.5, 2);
    expect(datePosition('2024-12-31', range)).toBeNull();
    expect(datePosition('2029-01-01', range)).toBeNull();
  });
});

describe('period targets on the timeline', () => {
  it('covers the quarters of the period, clipped to the range', () => {
    expect(placeTarget('2026-2028', range)).toEqual({ kind: 'period', fromColumn: 4, toColumn: 15 });
    expect(placeTarget('2024-2026', range)).toEqual({ kind: 'period', fromColumn: 0, toColumn: 7 });
    expect(placeTarget('2020-2023', range)).toEqual({ kind: 'before' });
    expect(placeTarget('2029-2030', range)).toEqual({ kind: 'after' });
  });
});
