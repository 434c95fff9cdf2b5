import { transfer, wrap } from 'comlink';
import type { TeamSyncSetting, TrackerDatabase } from '../../db';
import { LeftTeamError } from '../../db/teamSyncRepository';
import { sendErrorsWithInnerNames } from '../workerErrors';
import { replaceWithTeamChanges } from './teamJoin';

export interface TeamJoinTasks {
  replaceWithTeam(setting: TeamSyncSetting, changes: ArrayBuffer): Promise<void>;
}

/**
 * Replaces this tracker with the team's (replaceWithTeamChanges) in a worker of its own, started
 * for the join and ended after it; the answer's bytes move to it without a copy. In-thread where
 * the platform has no workers (jsdom). The network stays with the page's engine, which aborts its
 * calls when sync stops.
 */
export async function replaceWithTeam(db: TrackerDatabase, setting: TeamSyncSetting, changes: ArrayBuffer): Promise<void> {
  if (typeof Worker === 'undefined') return replaceWithTeamChanges(db, setting, changes);
  sendErrorsWithInnerNames();
  const worker = new Worker(new URL('./teamJoin.worker.ts', import.meta.url), { type: 'module', name: db.name });
  // Comlink would leave the call waiting for ever on a worker that fails to load or stops.
  const stopped = new Promise<never>((_resolve, reject) => {
    const onFailure = (event: Event) => reject(new Error(event instanceof ErrorEvent ? event.message : 'The worker that joins the team stopped.'));
    worker.addEventListener('error', onFailure);
    worker.addEventListener('messageerror', onFailure);
  });
  stopped.catch(() => undefined);
  try {
    await Promise.race([wrap<TeamJoinTasks>(worker).replaceWithTeam(setting, transfer(changes, [changes])), stopped]);
  } catch (error) {
    // It crosses as an Error with its name; the engine ends quietly on this one.
    if (error instanceof Error && error.name === 'LeftTeamError') throw new LeftTeamError(error.message);
    throw error;
  } finally {
    worker.terminate();
  }
}
