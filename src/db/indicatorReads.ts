import type { Indicator, IndicatorPeriod } from '../domain';
import type { TrackerDatabase } from './database';

export function listIndicators(db: TrackerDatabase): Promise<Indicator[]> {
  return db.indicators.orderBy('rank').toArray();
}

export function listIndicatorPeriods(db: TrackerDatabase): Promise<IndicatorPeriod[]> {
  return db.indicatorPeriods.toArray();
}
