import type { TeamSyncSetting, TrackerDatabase } from '../../db';
import { applyPulled } from '../../db/teamSyncRepository';
import { CouchError, couchRequest, type CouchFailure } from './couchClient';
import { parseRows, type ChangesAnswer } from './pulledRows';

/** How a join ended; the server's refusal is told, not thrown, since a thrown error leaves a worker as its name and message only. */
export type JoinOutcome = { ok: true } | { ok: false; failure: CouchFailure; status: number | null; message: string };

/**
 * Joining a team: asks `_changes` (`changesUrl`) for every document in one answer, and replaces
 * this browser's tracker with them, and the checkpoint with it, in ONE transaction, so the tracker
 * switches in one step. Runs in a worker (teamJoinClient.ts), the call included: at 2,000 lines x
 * 10 and 4x, the page took 0.8 s to read the answer and froze for 0.8-1.0 s parsing and writing it.
 */
export async function joinTeam(db: TrackerDatabase, setting: TeamSyncSetting, changesUrl: string, signal?: AbortSignal): Promise<JoinOutcome> {
  let answer: ChangesAnswer;
  try {
    answer = await couchRequest<ChangesAnswer>(changesUrl, signal ? { signal } : {});
  } catch (error) {
    if (!(error instanceof CouchError)) throw error;
    return { ok: false, failure: error.failure, status: error.status, message: error.message };
  }
  await applyPulled(db, setting, { ...parseRows(answer.results), checkpoint: String(answer.last_seq), replaceAll: true });
  return { ok: true };
}
