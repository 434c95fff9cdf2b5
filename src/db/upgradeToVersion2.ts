import type { Transaction } from 'dexie';
import {
  completionTimes,
  evidenceForStoredLine,
  linkSourceForStoredItem,
  objectivesForStoredArea,
  type ActionLine,
  type Area,
  type HistoryEntry,
  type PriorityItem,
} from '../domain';

type StoredLine = Omit<ActionLine, 'statusSource' | 'statusEvidence' | 'statusReason' | 'completedYear'>;

/**
 * Version 2: every line carries its status source, evidence and completion year, every priority
 * item whether its link is stated, and areas keep only objectives a user linked to them. Lines
 * still as seeded get the seed's evidence; every other stored value is kept.
 */
export async function upgradeToVersion2(transaction: Transaction): Promise<void> {
  const history = await transaction.table<HistoryEntry>('history').toArray();
  const completedAt = completionTimes(history);
  await transaction
    .table<StoredLine & Partial<ActionLine>>('actionLines')
    .toCollection()
    .modify((line) => {
      Object.assign(line, evidenceForStoredLine(line, completedAt.get(line.code) ?? null));
    });
  await transaction
    .table<PriorityItem>('priorityItems')
    .toCollection()
    .modify((item) => {
      item.linkSource = linkSourceForStoredItem(item);
    });
  await transaction
    .table<Area>('areas')
    .toCollection()
    .modify((area) => {
      area.objectives = objectivesForStoredArea(area);
    });
}
