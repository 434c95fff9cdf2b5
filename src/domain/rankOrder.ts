/*
 * Lines, milestones and priority items are ordered by fractional keys (rank.ts makes them). Reading
 * the order needs only a comparison, so this module stays apart from the key generation: the board
 * sorts its columns on the first load, while the library that makes keys loads with the first move.
 */

/**
 * Keys compare by UTF-16 code unit, as fractional-indexing orders them and IndexedDB sorts them.
 * localeCompare would not: it orders "a" before "B", and the library's keys mix both cases.
 */
export function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/** Records in key order; records with one key (two tabs placing records in one gap at once) in the order of their ids. */
export function compareRanked<T extends { rank: string }>(idOf: (record: T) => string): (a: T, b: T) => number {
  return (a, b) => compareText(a.rank, b.rank) || compareText(idOf(a), idOf(b));
}

const byItemRank = compareRanked<{ rank: string; id: string }>((item) => item.id);

/** Milestones or priority items in their order. */
export function sortByRank<T extends { rank: string; id: string }>(items: readonly T[]): T[] {
  return [...items].sort(byItemRank);
}
