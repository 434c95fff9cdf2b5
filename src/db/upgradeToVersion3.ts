import type { Transaction } from 'dexie';
import type { ActionLine, Milestone, Positioned, PriorityItem } from '../domain';
import { withRanks } from '../domain/rank';

/**
 * Version 3: lines, milestones and priority items are ordered by fractional keys instead of
 * numbers, so that a move writes one record. Each group (a status column, a line's milestones, the
 * priorities) gets fresh keys in its stored order, ties in the order of codes and ids; `order`
 * goes, and every other stored value stays.
 */
export async function upgradeToVersion3(transaction: Transaction): Promise<void> {
  const actionLines = transaction.table<Positioned<ActionLine>>('actionLines');
  const milestones = transaction.table<Positioned<Milestone>>('milestones');
  const priorityItems = transaction.table<Positioned<PriorityItem>>('priorityItems');
  const ranked = withRanks({
    actionLines: await actionLines.toArray(),
    milestones: await milestones.toArray(),
    priorityItems: await priorityItems.toArray(),
  });
  await transaction.table<ActionLine>('actionLines').bulkPut(ranked.actionLines);
  await transaction.table<Milestone>('milestones').bulkPut(ranked.milestones);
  await transaction.table<PriorityItem>('priorityItems').bulkPut(ranked.priorityItems);
}
