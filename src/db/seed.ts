import type { Transaction } from 'dexie';
import { SEED_AREAS, SEED_PRIORITY_ITEMS, SEED_STRATEGY, buildSeedActionLines } from '../domain';
import { SETTING_KEYS } from './settingKeys';

// The device id is made with the first change (author.ts), so the id generator stays out of the
// first load (0.3 kB gzip).
export async function seedDatabase(transaction: Transaction, now: string): Promise<void> {
  await transaction.table('areas').bulkAdd(SEED_AREAS);
  // The sources set no milestones: each line starts with none.
  await transaction.table('actionLines').bulkAdd(buildSeedActionLines(now).map((line) => ({ ...line, milestones: [] })));
  await transaction.table('priorityItems').bulkAdd(SEED_PRIORITY_ITEMS);
  await transaction.table('settings').bulkAdd([
    { key: SETTING_KEYS.strategy, value: SEED_STRATEGY },
    { key: SETTING_KEYS.seededAt, value: now },
    // The indicators follow once the board is on screen (seedPendingIndicators): their data is
    // 10.8 kB gzip the first paint does not need.
    { key: SETTING_KEYS.indicatorSeedPending, value: true },
  ]);
}
