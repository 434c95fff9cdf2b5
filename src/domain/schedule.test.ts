import { describe, expect, it } from 'vitest';
import { computeScheduleFlag } from './schedule';

describe('computeScheduleFlag', () => {
  it('flags a target quarter that ended before the reporting date as overdue', () => {
    expect(computeScheduleFlag('Q4 2025', 'Ongoing', '2026-01-01')).toBe('overdue');
  });

  it('does not flag the last day of the target quarter as overdue', () => {
    expect(computeScheduleFlag('Q4 2025', 'Ongoing', '2025-12-31')).toBe('due-soon');
  });

  it('never flags completed work', () => {
    expect(computeScheduleFlag('Q3 2025', 'Completed', '2026-06-01')).toBeNull();
  });

  it('flags targets in the current or next quarter as due soon', () => {
    expect(computeScheduleFlag('Q1 2026', 'To be started', '2026-01-15')).toBe('due-soon');
    expect(computeScheduleFlag('Phase 1: Q2 2026', 'Ongoing', '2026-01-15')).toBe('due-soon');
  });

  it('leaves targets two quarters away unflagged', () => {
    expect(computeScheduleFlag('Q3 2026', 'Ongoing', '2026-01-15')).toBeNull();
    expect(computeScheduleFlag('Q3 2026', 'Ongoing', '2026-04-01')).toBe('due-soon');
  });

  it('ignores missing and malformed targets', () => {
    expect(computeScheduleFlag(null, 'Ongoing', '2026-01-15')).toBeNull();
    expect(computeScheduleFlag('someday', 'Ongoing', '2026-01-15')).toBeNull();
  });
});

describe('period targets', () => {
  it('counts a period by its last quarter', () => {
    expect(computeScheduleFlag('2026-2028', 'To be started', '2026-03-15')).toBeNull();
    expect(computeScheduleFlag('2024-2025', 'Ongoing', '2026-03-15')).toBe('overdue');
    expect(computeScheduleFlag('2024-2026', 'Ongoing', '2026-12-01')).toBe('due-soon');
  });
});
