import { useEffect } from 'react';
import type { TrackerDatabase } from '../db';
import { whenIdle } from './whenIdle';

/**
 * A new tracker's indicators are written once the browser is idle after the first paint: no view
 * on the first screen shows them, and the indicator views refresh through the change event. A
 * failed write leaves the tracker's flag for the next visit; nothing the user did is lost.
 */
export function useDeferredIndicatorSeed(db: TrackerDatabase): void {
  useEffect(() => {
    const seed = () => void import('../db/seedIndicators').then((module) => module.seedPendingIndicators(db)).catch(() => undefined);
    whenIdle(seed);
  }, [db]);
}
