import { describe, expect, it } from 'vitest';
import { isBackupDue, latestTime, wholeDaysBetween } from './backupReminder';

const NOW = new Date('2026-03-01T12:00:00.000Z');

describe('backup reminder', () => {
  it('counts whole days', () => {
    expect(wholeDaysBetween('2026-02-28T13:00:00.000Z', NOW)).toBe(0);
    expect(wholeDaysBetween('2026-01-30T12:00:00.000Z', NOW)).toBe(30);
  });

  it('nudges only after 30 days', () => {
    expect(isBackupDue('2026-01-30T12:00:00.000Z', null, NOW)).toBe(false);
    expect(isBackupDue('2026-01-29T12:00:00.000Z', null, NOW)).toBe(true);
  });

  it('before any export, counts from when the data was created, and stays quiet with neither', () => {
    expect(isBackupDue(null, '2026-02-20T00:00:00.000Z', NOW)).toBe(false);
    expect(isBackupDue(null, '2025-12-01T00:00:00.000Z', NOW)).toBe(true);
    expect(isBackupDue(null, null, NOW)).toBe(false);
  });

  it('takes the newest of several times', () => {
    expect(latestTime([null, '2026-01-01T00:00:00.000Z', '2026-02-01T00:00:00.000Z', undefined])).toBe('2026-02-01T00:00:00.000Z');
    expect(latestTime([])).toBeNull();
  });
});
