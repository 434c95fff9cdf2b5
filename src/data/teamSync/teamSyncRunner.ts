import type { TeamSyncSetting, TrackerDatabase } from '../../db';
import { TeamSyncEngine } from './teamSyncEngine';
import { setTeamSyncState } from './teamSyncStatus';

let running: TeamSyncEngine | null = null;

/**
 * Starts team sync for this tracker, in one tab at a time: the others wait on the lock (and show
 * the state the syncing tab broadcasts), and one takes over when that tab closes.
 */
export function startTeamSync(db: TrackerDatabase, setting: TeamSyncSetting): void {
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
  setTeamSyncState({ state: 'syncing' });
  const run = () => (running === engine ? engine.run() : undefined);
  if (typeof navigator !== 'undefined' && navigator.locks) void navigator.locks.request(`team-sync:${db.name}`, run);
  else void run();
}

/** Resolves once this tab's sync has no call to the team database in flight. */
export function stopTeamSync(): Promise<void> {
  const stopped = running?.stop() ?? Promise.resolve();
  running = null;
  setTeamSyncState({ state: 'off' });
  return stopped;
}
