import { compareTargetTexts, parseQuarterTarget } from './quarter';
import type { Status } from './status';
import { compareRanked } from './rankOrder';
import type { PriorityItem } from './types';

const byRank = compareRanked<Pick<PriorityItem, 'rank' | 'id'>>((item) => item.id);

export type PrioritySort = 'order' | 'target';

/** The year of a priority's target, or null when the target is not a quarter. */
export function priorityYear(item: Pick<PriorityItem, 'target'>): number | null {
  return parseQuarterTarget(item.target)?.year ?? null;
}

export function priorityYears(items: readonly Pick<PriorityItem, 'target'>[]): number[] {
  const years = new Set<number>();
  for (const item of items) {
    const year = priorityYear(item);
    if (year !== null) years.add(year);
  }
  return [...years].sort((a, b) => a - b);
}

/** Rows to show: filtered by target year (null = all), in manual order or by target then manual order. */
export function selectPriorityRows<T extends Pick<PriorityItem, 'target' | 'rank' | 'id'>>(
  items: readonly T[],
  { year, sort }: { year: number | null; sort: PrioritySort },
): T[] {
  const filtered = year === null ? [...items] : items.filter((item) => priorityYear(item) === year);
  return filtered.sort((a, b) => (sort === 'target' ? compareTargetTexts(a.target, b.target) : 0) || byRank(a, b));
}

/**
 * How a priority's own milestone status contradicts its line in a way the report would not:
 * the line is done and the item is not, or the line has not started and the item says it is done.
 * Other differences are the table's purpose (an item tracks one milestone of its line), so they are not flagged.
 */
export type PriorityMismatch = 'lineCompleted' | 'lineNotStarted';

export function priorityMismatch(item: Pick<PriorityItem, 'milestone'>, lineStatus: Status | null): PriorityMismatch | null {
  if (lineStatus === 'Completed' && item.milestone !== 'Completed') return 'lineCompleted';
  if (lineStatus === 'To be started' && item.milestone === 'Completed') return 'lineNotStarted';
  return null;
}

/** The milestone status that brings a mismatched item in line with its line. */
export function alignedMilestone(mismatch: PriorityMismatch): Status {
  return mismatch === 'lineCompleted' ? 'Completed' : 'To be started';
}
