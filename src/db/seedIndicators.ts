import { Dexie, type Transaction } from 'dexie';
import type { TrackerDatabase } from './database';
import { SETTING_KEYS } from './settingKeys';

const loadSeed = () => import('../domain/seed/indicatorSeed');

/**
 * Writes the indicators the source documents report, in the upgrade to version 5. Their data loads
 * only then, not on every visit; Dexie.waitFor keeps the transaction alive while it loads.
 */
export async function seedIndicators(transaction: Transaction): Promise<void> {
  const { SEED_INDICATORS, SEED_INDICATOR_PERIODS } = await Dexie.waitFor(loadSeed());
  await transaction.table('indicators').bulkAdd(SEED_INDICATORS);
  await transaction.table('indicatorPeriods').bulkAdd(SEED_INDICATOR_PERIODS);
}

/**
 * Seeds a new database's indicators, once: the flag is read again inside the transaction, so two
 * tabs opening a new tracker together seed them once. A failed write leaves the flag for the next
 * visit to try again.
 */
export async function seedPendingIndicators(db: TrackerDatabase): Promise<void> {
  if (!(await db.settings.get(SETTING_KEYS.indicatorSeedPending))) return;
  const { SEED_INDICATORS, SEED_INDICATOR_PERIODS } = await loadSeed();
  await db.transaction('rw', [db.indicators, db.indicatorPeriods, db.settings], async () => {
    if (!(await db.settings.get(SETTING_KEYS.indicatorSeedPending))) return;
    await db.indicators.bulkAdd(SEED_INDICATORS);
    await db.indicatorPeriods.bulkAdd(SEED_INDICATOR_PERIODS);
    await db.settings.delete(SETTING_KEYS.indicatorSeedPending);
  });
}
