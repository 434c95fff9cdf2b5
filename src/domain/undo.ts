import type { Status } from './status';
import type { ActionLine, Milestone, PriorityItem } from './types';
import type { Indicator, IndicatorPeriod } from './indicators/types';

/** An indicator with every period it has: what adding or deleting one adds or deletes. */
export interface IndicatorWithPeriods {
  indicator: Indicator;
  periods: IndicatorPeriod[];
}

/**
 * A card's place: its status column, its 0-based position there and its key. Moving a card back
 * reuses its key while that still sits between the neighbours at the position, so an undone move
 * restores the line as it was; otherwise the card takes a new key at the position.
 */
export interface LinePlace {
  status: Status;
  index: number;
  rank: string;
}

/**
 * One saved change as plain data: what it replaced and what it wrote. Applying it writes `after`
 * (or `to`) only over `before` (or `from`), and its inverse is the same change the other way, so
 * undo and redo need no code of their own and the undo stack can be kept in sessionStorage. A
 * record `null` means it does not exist on that side: an add has no `before`, a delete no `after`.
 */
export type UndoableChange =
  | { kind: 'move'; code: string; from: LinePlace; to: LinePlace }
  | { kind: 'line'; code: string; before: Partial<ActionLine>; after: Partial<ActionLine> }
  | { kind: 'milestone'; before: Milestone | null; after: Milestone | null }
  | { kind: 'milestoneOrder'; lineCode: string; id: string; from: number; to: number }
  | { kind: 'priorityItem'; before: PriorityItem | null; after: PriorityItem | null }
  | { kind: 'priorityOrder'; id: string; from: number; to: number }
  | { kind: 'reportingDate'; before: string | null; after: string | null }
  | { kind: 'indicator'; before: Indicator; after: Indicator }
  | { kind: 'indicatorSet'; before: IndicatorWithPeriods | null; after: IndicatorWithPeriods | null }
  | { kind: 'indicatorPeriod'; before: IndicatorPeriod | null; after: IndicatorPeriod | null };

/** The change that takes `change` back: the same change with its two sides swapped. */
export function invertChange(change: UndoableChange): UndoableChange {
  // Each kind has either from/to or before/after, two sides of one type, so swapping them keeps
  // the kind's shape; TypeScript cannot see that through the union, hence the cast.
  if ('from' in change) return { ...change, from: change.to, to: change.from } as UndoableChange;
  return { ...change, before: change.after, after: change.before } as UndoableChange;
}

/** Whether applying `change` would write what is already there: such a change is not recorded. */
export function changesNothing(change: UndoableChange): boolean {
  const sides: [unknown, unknown] =
    change.kind === 'move' || change.kind === 'milestoneOrder' || change.kind === 'priorityOrder'
      ? [change.from, change.to]
      : [change.before, change.after];
  return JSON.stringify(sides[0]) === JSON.stringify(sides[1]);
}

/** The fields whose values differ between two records, with each side's values. */
export function changedFields<T extends object>(
  before: T,
  after: T,
  fields: readonly (keyof T)[],
): { before: Partial<T>; after: Partial<T> } {
  const changed = fields.filter((field) => before[field] !== after[field]);
  return {
    before: Object.fromEntries(changed.map((field) => [field, before[field]])) as Partial<T>,
    after: Object.fromEntries(changed.map((field) => [field, after[field]])) as Partial<T>,
  };
}

/** Why a history entry cannot be reverted: a later change touched the same field, the record was deleted, or the kind of change has no revert. */
