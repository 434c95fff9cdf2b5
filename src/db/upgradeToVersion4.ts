import type { Transaction } from 'dexie';
import type { ActionLine, HistoryEntry, Milestone, PriorityItem } from '../domain';
import { ulid, ulidForNumberedEntry } from '../domain/ulid';
import { SETTING_KEYS } from './settingKeys';

type NumberedEntry = Omit<HistoryEntry, 'id' | 'author' | 'device'> & { id: number };

/**
 * Version 4: history entries move from the numbered `history` table to `historyEntries`, keyed by
 * ULIDs made from their times and old numbers (so they keep their order), each with no author
 * ("this browser") and this device, whose id is made here: they were recorded in this database.
 * Lines gain `updatedBy` (null); milestones and priority items `updatedAt`, the time of their
 * newest history entry (null when none), and `updatedBy` (null). Every other value stays; the
 * seeded milestone and priority item ids, unique strings already, stay too.
 */
export async function upgradeToVersion4(transaction: Transaction): Promise<void> {
  const settings = transaction.table<{ key: string; value: unknown }, string>('settings');
  const stored = await settings.get(SETTING_KEYS.deviceId);
  const device = typeof stored?.value === 'string' ? stored.value : ulid();
  if (!stored) await settings.put({ key: SETTING_KEYS.deviceId, value: device });

  const numbered = await transaction.table<NumberedEntry, number>('history').toArray();
  const entries: HistoryEntry[] = numbered.map((entry) => ({ ...entry, id: ulidForNumberedEntry(entry.at, entry.id), author: null, device }));
  await transaction.table<HistoryEntry, string>('historyEntries').bulkAdd(entries);

  const lastChanged = new Map<string, string>();
  for (const entry of entries) {
    const key = `${entry.entity}:${entry.entityId}`;
    if ((lastChanged.get(key) ?? '') < entry.at) lastChanged.set(key, entry.at);
  }
  await transaction
    .table<ActionLine>('actionLines')
    .toCollection()
    .modify((line) => {
      line.updatedBy = null;
    });
  await transaction
    .table<Milestone>('milestones')
    .toCollection()
    .modify((milestone) => {
      milestone.updatedAt = lastChanged.get(`milestone:${milestone.id}`) ?? null;
      milestone.updatedBy = null;
    });
  await transaction
    .table<PriorityItem>('priorityItems')
    .toCollection()
    .modify((item) => {
      item.updatedAt = lastChanged.get(`priorityItem:${item.id}`) ?? null;
      item.updatedBy = null;
    });
}
