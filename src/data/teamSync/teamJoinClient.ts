import { wrap } from 'comlink';
import type { TeamSyncSetting, TrackerDatabase } from '../../db';
import { LeftTeamError } from '../../db/teamSyncRepository';
import { sendErrorsWithInnerNames } from '../workerErrors';
import { workerFailure } from '../workerFailure';
import { CouchError } from './couchClient';
import { joinTeam, type JoinOutcome } from './teamJoin';

export interface TeamJoinTasks {
  joinTeam(setting: TeamSyncSetting, databaseUrl: string): Promise<JoinOutcome>;
}

/**
 * Runs joinTeam in a worker of its own, started for the join and ended after it. Aborting
 * `signal` ends the worker, and with it its call to the server and its transaction, which then
 * writes nothing. In-thread where the platform has no workers (jsdom).
 */
async function joinInWorker(db: TrackerDatabase, setting: TeamSyncSetting, databaseUrl: string, signal: AbortSignal): Promise<JoinOutcome> {
  signal.throwIfAborted();
  sendErrorsWithInnerNames();
  const worker = new Worker(new URL('./teamJoin.worker.ts', import.meta.url), { type: 'module', name: db.name });
  const aborted = new Promise<never>((_resolve, reject) => signal.addEventListener('abort', () => reject(signal.reason as Error), { once: true }));
  aborted.catch(() => undefined);
  try {
    return await Promise.race([wrap<TeamJoinTasks>(worker).joinTeam(setting, databaseUrl), workerFailure(worker, 'The worker that joins the team stopped.'), aborted]);
  } catch (error) {
    // It crosses as an Error with its name; the engine ends quietly on this one.
    if (error instanceof Error && error.name === 'LeftTeamError') throw new LeftTeamError(error.message);
    throw error;
  } finally {
    worker.terminate();
  }
}

/**
 * Joins the team (joinTeam) off the page's thread: false when the team database has no records to
 * join. The server's refusal is thrown as a CouchError, as the engine's other calls throw it.
 */
export async function joinTeamOffThread(db: TrackerDatabase, setting: TeamSyncSetting, databaseUrl: string, signal: AbortSignal): Promise<boolean> {
  const outcome = typeof Worker === 'undefined' ? await joinTeam(db, setting, databaseUrl, signal) : await joinInWorker(db, setting, databaseUrl, signal);
  if (!outcome.ok) throw new CouchError(outcome.failure, outcome.status, outcome.message);
  return outcome.joined;
}
