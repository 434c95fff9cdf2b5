import type { Transaction } from 'dexie';
import { groupByLine, sortByRank, type ActionLine, type Milestone } from '../domain';
import type { StoredActionLine } from './database';

/**
 * Version 6: each line's milestones move from the `milestones` table into the line's record, in
 * key order, every field as it was. Adding a milestone checks its line and an import checks every
 * reference, so each belongs to a stored line; one that does not stops the upgrade, which leaves
 * version 5 and its data as they were, rather than dropping it.
 */
export async function upgradeToVersion6(transaction: Transaction): Promise<void> {
  const byLine = groupByLine(await transaction.table<Milestone, string>('milestones').toArray());
  await transaction
    .table<ActionLine, string>('actionLines')
    .toCollection()
    .modify((line) => {
      (line as StoredActionLine).milestones = sortByRank(byLine.get(line.code) ?? []);
      byLine.delete(line.code);
    });
  if (byLine.size > 0) throw new Error(`Milestones of lines that do not exist: ${[...byLine.keys()].join(', ')}.`);
}
