import type { Transaction } from 'dexie';
import { SEED_AREAS, SEED_PRIORITY_ITEMS, SEED_STRATEGY, buildSeedActionLines } from '../domain';
import { ulid } from '../domain/ulid';
import { SETTING_KEYS } from './settingKeys';

export async function seedDatabase(transaction: Transaction, now: string): Promise<void> {
  await transaction.table('areas').bulkAdd(SEED_AREAS);
  await transaction.table('actionLines').bulkAdd(buildSeedActionLines(now));
  await transaction.table('priorityItems').bulkAdd(SEED_PRIORITY_ITEMS);
  await transaction.table('settings').bulkAdd([
    { key: SETTING_KEYS.strategy, value: SEED_STRATEGY },
    { key: SETTING_KEYS.seededAt, value: now },
    { key: SETTING_KEYS.deviceId, value: ulid() },
  ]);
}
