import { describe, expect, it } from 'vitest';
import { priorityYears, selectPriorityRows } from './priorities';
import { SEED_PRIORITY_ITEMS } from './seed/resourceMobilizationStrategy';

describe('selectPriorityRows', () => {
  it('keeps the manual order by default', () => {
    expect(selectPriorityRows(SEED_PRIORITY_ITEMS, { year: null, sort: 'order' }).map((item) => item.lineCode)).toEqual([
      'M1b', 'M3', 'M2', 'M7', 'V1', 'V6', 'M8',
    ]);
  });

  it('sorts by target quarter, phases included, keeping manual order for ties', () => {
    expect(selectPriorityRows(SEED_PRIORITY_ITEMS, { year: null, sort: 'target' }).map((item) => item.lineCode)).toEqual([
      'M1b', 'M3', 'M2', 'M8', 'M7', 'V1', 'V6',
    ]);
  });

  it('filters by target year', () => {
    expect(selectPriorityRows(SEED_PRIORITY_ITEMS, { year: 2025, sort: 'order' }).map((item) => item.lineCode)).toEqual([
      'M1b', 'M3',
    ]);
    expect(priorityYears(SEED_PRIORITY_ITEMS)).toEqual([2025, 2026]);
  });
});
