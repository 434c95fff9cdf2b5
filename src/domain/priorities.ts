import { compareTargetTexts, parseQuarterTarget } from './quarter';
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
