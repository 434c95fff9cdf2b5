import { compareTargetTexts, parseQuarterTarget } from './quarter';
import type { PriorityItem } from './types';

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

/** Rows to show: filtered by target year (null = all), in manual order or by target then order. */
export function selectPriorityRows<T extends Pick<PriorityItem, 'target' | 'order'>>(
  items: readonly T[],
  { year, sort }: { year: number | null; sort: PrioritySort },
): T[] {
  const filtered = year === null ? [...items] : items.filter((item) => priorityYear(item) === year);
  return filtered.sort((a, b) => (sort === 'target' ? compareTargetTexts(a.target, b.target) : 0) || a.order - b.order);
}

/** Moves one id up or down by one place in an ordered id list. */
export function moveInOrder(ids: readonly string[], id: string, offset: -1 | 1): string[] {
  const index = ids.indexOf(id);
  const target = index + offset;
  if (index < 0 || target < 0 || target >= ids.length) return [...ids];
  const next = ids.filter((other) => other !== id);
  next.splice(target, 0, id);
  return next;
}
