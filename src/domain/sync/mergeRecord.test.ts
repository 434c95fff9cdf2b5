import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareText } from '../rankOrder';
import { buildSeedActionLines } from '../seed/resourceMobilizationStrategy';
import type { Milestone } from '../types';
import { mergeRecord, type FieldConflict } from './mergeRecord';
import type { TeamLine } from './teamDocuments';

const T0 = '2026-01-01T00:00:00.000Z';
const T1 = '2026-01-02T00:00:00.000Z';
const T2 = '2026-01-03T00:00:00.000Z';

function milestone(id: string, rank: string, changes: Partial<Milestone> = {}): Milestone {
  return { id, lineCode: 'M1a', title: `Milestone ${id}`, target: null, status: 'To be started', completedOn: null, rank, updatedAt: T0, updatedBy: null, ...changes };
}

const BASE: TeamLine = { ...buildSeedActionLines(T0)[0]!, milestones: [milestone('m1', 'a0'), milestone('m2', 'a1')] };

function edited(line: TeamLine, at: string, by: string, changes: Partial<TeamLine>): TeamLine {
  return { ...line, ...changes, updatedAt: at, updatedBy: by };
}

function withMilestone(line: TeamLine, at: string, by: string, id: string, changes: Partial<Milestone>): TeamLine {
  const milestones = line.milestones.map((each) => (each.id === id ? { ...each, ...changes, updatedAt: at, updatedBy: by } : each));
  return edited(line, at, by, { milestones });
}

function withoutMilestone(line: TeamLine, at: string, by: string, id: string): TeamLine {
  return edited(line, at, by, { milestones: line.milestones.filter((each) => each.id !== id) });
}

function deepFrozen<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    Object.values(value).forEach(deepFrozen);
    Object.freeze(value);
  }
  return value;
}

function byField(conflicts: FieldConflict[]): FieldConflict[] {
  return [...conflicts].sort((a, b) => compareText(a.field, b.field));
}

/** The same conflicts seen from the other side; they come in the order of the fields of `mine`. */
function mirrored(conflicts: FieldConflict[]): FieldConflict[] {
  return byField(conflicts.map(({ field, mine, theirs, kept }) => ({ field, mine: theirs, theirs: mine, kept: kept === 'mine' ? 'theirs' : 'mine' })));
}

function expectSymmetric<T extends object>(base: T | null, x: T, y: T): void {
  const forward = mergeRecord(base, x, y);
  const backward = mergeRecord(base, y, x);
  expect(forward.merged).toEqual(backward.merged);
  expect(byField(forward.conflicts)).toEqual(mirrored(backward.conflicts));
}

describe('mergeRecord: fields', () => {
  it('keeps both sides when they changed different fields, stamped with the later side', () => {
    const mine = edited(BASE, T1, 'Ana', { notes: 'Agreed with the regions' });
    const theirs = edited(BASE, T2, 'Ben', { health: 'at-risk', healthReason: 'No budget yet' });
    const { merged, conflicts } = mergeRecord(BASE, mine, theirs);
    expect(merged).toEqual({ ...BASE, notes: 'Agreed with the regions', health: 'at-risk', healthReason: 'No budget yet', updatedAt: T2, updatedBy: 'Ben' });
    expect(conflicts).toEqual([]);
  });

  it('gives a field both changed to the later stamp, reporting it once with the side kept', () => {
    const mine = edited(BASE, T1, 'Ana', { notes: 'Mine' });
    const theirs = edited(BASE, T2, 'Ben', { notes: 'Theirs' });
    expect(mergeRecord(BASE, mine, theirs)).toEqual({
      merged: { ...theirs },
      conflicts: [{ field: 'notes', mine: 'Mine', theirs: 'Theirs', kept: 'theirs' }],
    });
    expect(mergeRecord(BASE, theirs, mine).conflicts).toEqual([{ field: 'notes', mine: 'Theirs', theirs: 'Mine', kept: 'mine' }]);
  });

  it('breaks a tie of times by author, and one of authors by value; a missing time is the earliest', () => {
    const byAna = edited(BASE, T1, 'Ana', { notes: 'Ana' });
    const byBen = edited(BASE, T1, 'Ben', { notes: 'Ben' });
    expect(mergeRecord(BASE, byBen, byAna).merged.notes).toBe('Ben');
    const zeta = edited(BASE, T1, 'Ana', { notes: 'zeta' });
    expect(mergeRecord(BASE, zeta, byAna).merged.notes).toBe('zeta');
    const unstamped = { ...BASE.milestones[0]!, title: 'Unstamped', updatedAt: null };
    const stamped = { ...BASE.milestones[0]!, title: 'Stamped', updatedAt: T0 };
    expect(mergeRecord(BASE.milestones[0]!, unstamped, stamped).merged.title).toBe('Stamped');
  });

  it('takes a change made on one side only, and a change both made alike without a conflict', () => {
    const mine = edited(BASE, T1, 'Ana', { notes: 'Same', target: 'Q4 2026' });
    const theirs = edited(BASE, T2, 'Ben', { notes: 'Same' });
    expect(mergeRecord(BASE, mine, theirs)).toEqual({ merged: { ...theirs, target: 'Q4 2026' }, conflicts: [] });
  });

  it('compares values whatever order their keys were written in', () => {
    const base = { id: 'i1', unit: { kind: 'money', currency: 'USD' }, updatedAt: T0 };
    const mine = { id: 'i1', unit: { currency: 'USD', kind: 'money' }, updatedAt: T1 };
    const theirs = { ...base, unit: { kind: 'money', currency: 'EUR' }, updatedAt: T2 };
    expect(mergeRecord(base, mine, theirs)).toEqual({ merged: theirs, conflicts: [] });
  });

  it('with no base, keeps what both have alike and reports every difference', () => {
    const mine = edited(BASE, T2, 'Ana', { notes: 'Mine', milestones: [milestone('m1', 'a0')] });
    const theirs = edited(BASE, T1, 'Ben', { notes: 'Theirs', milestones: [milestone('m1', 'a0', { title: 'Renamed', updatedAt: T1 }), milestone('m3', 'a2')] });
    const { merged, conflicts } = mergeRecord(null, mine, theirs);
    expect(merged).toEqual({ ...mine, milestones: [milestone('m1', 'a0', { title: 'Renamed', updatedAt: T1 }), milestone('m3', 'a2')] });
    expect(conflicts).toEqual([
      { field: 'notes', mine: 'Mine', theirs: 'Theirs', kept: 'mine' },
      { field: 'milestones/m1/title', mine: 'Milestone m1', theirs: 'Renamed', kept: 'theirs' },
    ]);
  });

  it('changes none of its inputs', () => {
    const mine = deepFrozen(withMilestone(BASE, T1, 'Ana', 'm1', { title: 'Mine' }));
    const theirs = deepFrozen(withoutMilestone(edited(BASE, T2, 'Ben', { notes: 'Theirs' }), T2, 'Ben', 'm2'));
    expect(() => mergeRecord(deepFrozen(structuredClone(BASE)), mine, theirs)).not.toThrow();
  });
});

describe('mergeRecord: milestones', () => {
  it('keeps the edits of two different milestones', () => {
    const mine = withMilestone(BASE, T1, 'Ana', 'm1', { status: 'Ongoing' });
    const theirs = withMilestone(BASE, T2, 'Ben', 'm2', { title: 'Renamed' });
    const { merged, conflicts } = mergeRecord(BASE, mine, theirs);
    expect(merged.milestones).toEqual([mine.milestones[0], theirs.milestones[1]]);
    expect(conflicts).toEqual([]);
  });

  it('keeps a milestone added on one side', () => {
    const added = milestone('m3', 'a2', { updatedAt: T1, updatedBy: 'Ana' });
    const mine = edited(BASE, T1, 'Ana', { milestones: [...BASE.milestones, added] });
    const theirs = edited(BASE, T2, 'Ben', { notes: 'Theirs' });
    expect(mergeRecord(BASE, mine, theirs).merged.milestones).toEqual([...BASE.milestones, added]);
    expect(mergeRecord(BASE, theirs, mine).merged.milestones).toEqual([...BASE.milestones, added]);
  });

  it('removes a milestone removed on one side and left alone on the other', () => {
    const mine = withoutMilestone(BASE, T1, 'Ana', 'm1');
    const theirs = withMilestone(BASE, T2, 'Ben', 'm2', { title: 'Renamed' });
    expect(mergeRecord(BASE, mine, theirs).merged.milestones).toEqual([theirs.milestones[1]]);
  });

  it('keeps, as changed, a milestone removed on one side and changed on the other', () => {
    const mine = withoutMilestone(BASE, T2, 'Ana', 'm1');
    const theirs = withMilestone(BASE, T1, 'Ben', 'm1', { status: 'Completed', completedOn: '2026-01-02' });
    const { merged, conflicts } = mergeRecord(BASE, mine, theirs);
    expect(merged.milestones).toEqual([theirs.milestones[0], BASE.milestones[1]]);
    expect(conflicts).toEqual([]);
  });

  it('reports a field of one milestone both changed under the milestone id', () => {
    const mine = withMilestone(BASE, T2, 'Ana', 'm2', { title: 'Mine' });
    const theirs = withMilestone(BASE, T1, 'Ben', 'm2', { title: 'Theirs' });
    const { merged, conflicts } = mergeRecord(BASE, mine, theirs);
    expect(merged.milestones[1]).toEqual(mine.milestones[1]);
    expect(conflicts).toEqual([{ field: 'milestones/m2/title', mine: 'Mine', theirs: 'Theirs', kept: 'mine' }]);
  });

  it('orders the milestones by key, then by id', () => {
    const mine = edited(BASE, T1, 'Ana', { milestones: [milestone('m2', 'Zz'), milestone('m1', 'a0'), milestone('m4', 'a0')] });
    const theirs = edited(BASE, T1, 'Ana', { milestones: [milestone('m2', 'Zz'), milestone('m1', 'a0'), milestone('m3', 'a0')] });
    expect(mergeRecord(BASE, mine, theirs).merged.milestones.map((each) => each.id)).toEqual(['m2', 'm1', 'm3', 'm4']);
  });
});

describe('mergeRecord: the same result whichever side is mine', () => {
  it('on hand-made cases', () => {
    expectSymmetric(BASE, edited(BASE, T1, 'Ana', { notes: 'A' }), edited(BASE, T1, 'Ana', { notes: 'B' }));
    expectSymmetric(null, edited(BASE, T1, 'Ana', { notes: 'A', target: null }), edited(BASE, T2, 'Ben', { notes: 'B' }));
    expectSymmetric(BASE, withoutMilestone(BASE, T1, 'Ana', 'm1'), withMilestone(BASE, T1, 'Ben', 'm1', { title: 'Changed' }));
    expectSymmetric(BASE, withMilestone(BASE, T1, 'Ana', 'm2', { rank: 'Z0' }), withMilestone(BASE, T1, 'Ana', 'm2', { rank: 'b0', title: 'X' }));
    expectSymmetric({ code: 'M', name: 'Old', order: 0 }, { code: 'M', name: 'Mine', order: 1 }, { code: 'M', name: 'Theirs', order: 0 });
  });

  it('on any records', () => {
    const stamp = fc.constantFrom(null, T0, T1);
    const author = fc.constantFrom(null, 'Ana', 'Ben');
    const value = fc.constantFrom('a', 'b', 1, null, ['a'], { x: 1 });
    const arbitraryMilestone = fc.record({ id: fc.constantFrom('m1', 'm2', 'm3'), rank: fc.constantFrom('a0', 'a1'), title: value, updatedAt: stamp, updatedBy: author });
    const milestones = fc.uniqueArray(arbitraryMilestone, { selector: (each) => each.id, maxLength: 3 });
    const record = fc.record({ title: value, notes: value, updatedAt: stamp, updatedBy: author, milestones }, { requiredKeys: ['milestones'] });
    fc.assert(
      fc.property(fc.option(record), record, record, (base, x, y) => {
        expectSymmetric(base, x, y);
      }),
      { numRuns: 500 },
    );
  });
});
