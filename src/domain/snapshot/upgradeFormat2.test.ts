import { describe, expect, it } from 'vitest';
import validFormat2 from '../../../tests/snapshots/valid-format-2.json?raw';
import { IMPORTED_DEVICE } from '../history';
import { checkSnapshotText } from './validate';

describe('snapshot format 2', () => {
  it('still imports: history entries get ULIDs in their old order, no author and the imported device', () => {
    const older = JSON.parse(validFormat2) as { formatVersion: number; history: { id: number; field: string }[] };
    expect(older.formatVersion).toBe(2);
    const check = checkSnapshotText(validFormat2);
    if (!check.ok) throw new Error(JSON.stringify(check.issues));
    expect(check.upgradedFrom).toBe(2);
    expect(check.snapshot.formatVersion).toBe(4);
    const { history } = check.snapshot;
    expect(history.map((entry) => entry.field)).toEqual(older.history.map((entry) => entry.field));
    // Two entries share a time: their old numbers keep them in order.
    expect(history.map((entry) => entry.id)).toEqual([...history.map((entry) => entry.id)].sort());
    expect(new Set(history.map((entry) => entry.id)).size).toBe(history.length);
    expect(history.every((entry) => entry.author === null && entry.device === IMPORTED_DEVICE)).toBe(true);
  });

  it('gives every record who changed it last (unknown) and milestones and items the time of their newest entry', () => {
    const check = checkSnapshotText(validFormat2);
    if (!check.ok) throw new Error(JSON.stringify(check.issues));
    expect(check.snapshot.actionLines.every((line) => line.updatedBy === null)).toBe(true);
    expect(check.snapshot.milestones).toMatchObject([{ id: 'ms-1', updatedAt: '2026-02-20T10:00:00.000Z', updatedBy: null }]);
    expect(check.snapshot.priorityItems).toMatchObject([{ updatedAt: null, updatedBy: null }]);
  });
});
