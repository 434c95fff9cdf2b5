import type { TeamSyncSetting, TrackerDatabase } from '../../db';
import { TeamSyncEngine } from './teamSyncEngine';
import { markSyncingHere, setTeamSyncState, showStateOfSyncingTab } from './teamSyncStatus';

let running: TeamSyncEngine | null = null;

const lockName = (db: TrackerDatabase) => `team-sync:${db.name}`;

/**
 * Starts team sync for this tracker, in one tab at a time: the others wait on the lock (and show
 * the state the syncing tab broadcasts), and one takes over when that tab closes.
 */
export function startTeamSync(db: TrackerDatabase, setting: TeamSyncSetting): void {
  // Signing in starts sync, and the header's indicator starts it again once it shows.
  if (running?.isFor(db, setting)) return;
  void running?.stop();
  let engine: TeamSyncEngine;
  try {
    engine = new TeamSyncEngine(db, setting);
  } catch (error) {
    // A stored address this origin cannot use (a setting edited by hand): say so, sync nothing.
    running = null;
    setTeamSyncState({ state: 'failed', reason: error instanceof Error ? error.message : String(error) });
    return;
  }
  running = engine;
  // Told to this tab only: a 'syncing' sent to all would overwrite the syncing tab's 'synced'.
  showStateOfSyncingTab();
  const run = async () => {
    if (running !== engine) return;
    markSyncingHere(true);
    try {
      await engine.run();
    } finally {
      markSyncingHere(false);
    }
  };
  if (typeof navigator !== 'undefined' && navigator.locks) void navigator.locks.request(lockName(db), run);
  else void run();
}

/** Resolves once this tab's sync has no call to the team database in flight. */
export function stopTeamSync(): Promise<void> {
  const stopped = running?.stop() ?? Promise.resolve();
  running = null;
  setTeamSyncState({ state: 'off' });
  return stopped;
}

/**
 * Resolves once no tab of this tracker syncs any more: the tab that syncs holds the lock until its
 * sync has ended, with no call left in flight. Gives up after `ms`, so a frozen tab cannot keep a
 * person from signing out.
 */
export async function whenNoTabSyncs(db: TrackerDatabase, ms = 10_000): Promise<void> {
  if (typeof navigator === 'undefined' || !navigator.locks) return;
  await navigator.locks.request(lockName(db), { signal: AbortSignal.timeout(ms) }, () => undefined).catch(() => undefined);
}
