import { describe, expect, it } from 'vitest';
import { alignedMilestone, priorityMismatch, priorityYears, selectPriorityRows } from './priorities';
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

describe('priorityMismatch', () => {
  it('flags an item that is not completed when its line is', () => {
    expect(priorityMismatch({ milestone: 'Ongoing' }, 'Completed')).toBe('lineCompleted');
    expect(priorityMismatch({ milestone: 'To be started' }, 'Completed')).toBe('lineCompleted');
  });

  it('flags an item that says completed when its line has not started', () => {
    expect(priorityMismatch({ milestone: 'Completed' }, 'To be started')).toBe('lineNotStarted');
  });

  it('leaves the differences the table exists for alone', () => {
    expect(priorityMismatch({ milestone: 'Completed' }, 'Ongoing')).toBeNull();
    expect(priorityMismatch({ milestone: 'Ongoing' }, 'To be started')).toBeNull();
    expect(priorityMismatch({ milestone: 'To be started' }, 'Ongoing')).toBeNull();
    expect(priorityMismatch({ milestone: 'Completed' }, 'Completed')).toBeNull();
  });

  it('does not flag an item whose line is unknown', () => {
    expect(priorityMismatch({ milestone: 'Ongoing' }, null)).toBeNull();
  });

  it('names the status that brings the item in line', () => {
    expect(alignedMilestone('lineCompleted')).toBe('Completed');
    expect(alignedMilestone('lineNotStarted')).toBe('To be started');
  });
});
