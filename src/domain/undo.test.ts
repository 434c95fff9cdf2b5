import { describe, expect, it } from 'vitest';
import { planRevert, revertRefusal } from './revert';
import { changesNothing, invertChange } from './undo';
import type { HistoryEntry, Milestone } from './types';
import { ulidForNumberedEntry } from './ulid';

const at = '2026-01-15T10:00:00.000Z';
const entry = (id: number, field: string, from: string | null, to: string | null, entityId = 'M2'): HistoryEntry => ({
  id: ulidForNumberedEntry(at, id),
  at,
  entity: field.startsWith('milestone') ? 'milestone' : 'actionLine',
  entityId,
  lineCode: 'M2',
  field,
  from,
  to,
  author: null,
  device: 'imported',
});
const milestone: Milestone = { id: 'm1', lineCode: 'M2', title: 'Pilot', target: null, status: 'Completed', completedOn: '2026-01-10', rank: 'a0', updatedAt: null, updatedBy: null };
const sources = { lines: [], milestones: [milestone], priorityItems: [], today: '2026-01-15' };

describe('undoable changes', () => {
  it('tells a change that writes what is already there, which is not recorded', () => {
    expect(changesNothing({ kind: 'line', code: 'M2', before: { leadUnit: 'BDT' }, after: { leadUnit: 'BDT' } })).toBe(true);
    expect(changesNothing({ kind: 'line', code: 'M2', before: { leadUnit: 'BDT' }, after: { leadUnit: 'TSB' } })).toBe(false);
    const place = { status: 'Ongoing', index: 1, rank: 'a1' } as const;
    expect(changesNothing({ kind: 'move', code: 'M2', from: place, to: place })).toBe(true);
    expect(changesNothing({ kind: 'move', code: 'M2', from: place, to: { status: 'Completed', index: 0, rank: 'a0' } })).toBe(false);
    expect(changesNothing({ kind: 'reportingDate', before: null, after: '2026-03-31' })).toBe(false);
    expect(changesNothing({ kind: 'priorityOrder', id: 'p1', from: 2, to: 2 })).toBe(true);
  });

  it('inverts a change by swapping its sides', () => {
    expect(invertChange({ kind: 'reportingDate', before: null, after: '2026-07-01' })).toEqual({ kind: 'reportingDate', before: '2026-07-01', after: null });
    expect(invertChange({ kind: 'milestoneOrder', lineCode: 'M2', id: 'm1', from: 0, to: 1 })).toEqual({ kind: 'milestoneOrder', lineCode: 'M2', id: 'm1', from: 1, to: 0 });
    expect(invertChange({ kind: 'priorityOrder', id: 'p1', from: 3, to: 2 })).toEqual({ kind: 'priorityOrder', id: 'p1', from: 2, to: 3 });
    const from = { status: 'Ongoing', index: 4, rank: 'a4' } as const;
    const to = { status: 'Completed', index: 0, rank: 'Zz' } as const;
    expect(invertChange({ kind: 'move', code: 'M2', from, to })).toEqual({ kind: 'move', code: 'M2', from: to, to: from });
  });

  it('refuses to revert an entry when a later one touched the same field, the record, or a card position through its status', () => {
    const title = entry(1, 'title', 'A', 'B');
    expect(revertRefusal(title, [title, entry(2, 'notes', null, 'x')])).toBeNull();
    expect(revertRefusal(title, [title, entry(2, 'title', 'B', 'C')])).toBe('later');
    const position = entry(1, 'position', '1', '2');
    expect(revertRefusal(position, [position, entry(2, 'status', 'Ongoing', 'Completed')])).toBe('later');
    const added = entry(1, 'milestone', null, 'Pilot', 'm1');
    expect(revertRefusal(added, [added, entry(2, 'milestone.status', 'Ongoing', 'Completed', 'm1')])).toBe('later');
    expect(revertRefusal(entry(3, 'milestone', 'Pilot', null, 'm1'), [])).toBe('deleted');
    expect(revertRefusal(entry(3, 'statusConfirmed', 'inferred', 'Ongoing'), [])).toBe('unsupported');
  });

  it('reverts a milestone status with its completion date, as the panel sets them together', () => {
    const status = entry(1, 'milestone.status', 'Ongoing', 'Completed', 'm1');
    expect(planRevert(status, [status], sources)).toEqual({
      ok: true,
      change: { kind: 'milestone', before: milestone, after: { ...milestone, status: 'Ongoing', completedOn: null } },
    });
    expect(planRevert(entry(1, 'milestone.title', 'A', 'B', 'gone'), [], sources)).toEqual({ ok: false, reason: 'gone' });
  });

  it('reverts a line field to the stored type of its old value', () => {
    const year = entry(1, 'completedYear', '2024', null);
    const line = { code: 'M2', status: 'Ongoing', rank: 'a0' } as const;
    const plan = planRevert(year, [year], { ...sources, lines: [line as never] });
    expect(plan).toEqual({ ok: true, change: { kind: 'line', code: 'M2', before: { completedYear: null }, after: { completedYear: 2024 } } });
  });

  it('reverts a status change by moving the card to the end of its old column, with a key after the last there', () => {
    const lines = [
      { code: 'M1', status: 'Ongoing', rank: 'a0' },
      { code: 'M2', status: 'Completed', rank: 'a0' },
      { code: 'M3', status: 'Ongoing', rank: 'a1' },
    ] as const;
    const status = entry(1, 'status', 'Ongoing', 'Completed');
    expect(planRevert(status, [status], { ...sources, lines: lines as never })).toEqual({
      ok: true,
      change: { kind: 'move', code: 'M2', from: { status: 'Completed', index: 0, rank: 'a0' }, to: { status: 'Ongoing', index: 2, rank: 'a2' } },
    });
  });
});
