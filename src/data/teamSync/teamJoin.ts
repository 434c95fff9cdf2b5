import type { TeamSyncSetting, TrackerDatabase } from '../../db';
import { applyPulled, type PulledDocument } from '../../db/teamSyncRepository';
import { CouchError, couchRequest, type CouchFailure } from './couchClient';
import { parseRows, type ChangesAnswer, type ParsedRows } from './pulledRows';

/** How many changes each of the join's calls asks for. */
export const JOIN_PAGE = 500;

/**
 * How a join ended: `joined: false` for a team database with no records, which the join leaves
 * as it is. The server's refusal is told, not thrown, since a thrown error leaves a worker as its
 * name and message only.
 */
export type JoinOutcome = { ok: true; joined: boolean } | { ok: false; failure: CouchFailure; status: number | null; message: string };

/**
 * Every change of the team database, a page at a time, each page asked for before the one before
 * it is checked against the schemas: the server prepares it meanwhile (one answer of 2,058
 * documents took 0.3-0.6 s to start and 0.5-0.7 s to arrive, at 4x, before the checks began).
 */
async function readEveryChange(databaseUrl: string, signal: AbortSignal | undefined): Promise<ParsedRows & { checkpoint: string }> {
  const pageSince = (since: string) =>
    couchRequest<ChangesAnswer>(`${databaseUrl}/_changes?include_docs=true&limit=${JOIN_PAGE}&since=${encodeURIComponent(since)}`, signal ? { signal } : {});
  // By id: a document changed while the pages were read comes again, later, with its newer revision.
  const documents = new Map<string, PulledDocument>();
  const setAside: ParsedRows['setAside'] = [];
  let next = pageSince('0');
  for (;;) {
    const answer = await next;
    const checkpoint = String(answer.last_seq);
    const isLastPage = answer.results.length < JOIN_PAGE;
    if (!isLastPage) next = pageSince(checkpoint);
    const page = parseRows(answer.results);
    for (const document of page.documents) documents.set(document.id, document);
    setAside.push(...page.setAside);
    if (isLastPage) return { documents: [...documents.values()], setAside, checkpoint };
  }
}

/**
 * Joining a team: reads every change of the team database at `databaseUrl`, and replaces this
 * browser's tracker with them, and the checkpoint with it, in ONE transaction, so the tracker
 * switches in one step. A team database with none but deleted records (its design document aside)
 * is left for an admin to fill, and this tracker is kept: asking the server first whether it had
 * records took a call of its own before every join. Runs in a worker (teamJoinClient.ts), the
 * calls included: at 2,000 lines x 10 and 4x, the page took 0.8 s to read the answer and froze for
 * 0.8-1.0 s parsing and writing it.
 */
export async function joinTeam(db: TrackerDatabase, setting: TeamSyncSetting, databaseUrl: string, signal?: AbortSignal): Promise<JoinOutcome> {
  let changes: ParsedRows & { checkpoint: string };
  try {
    changes = await readEveryChange(databaseUrl, signal);
  } catch (error) {
    if (!(error instanceof CouchError)) throw error;
    return { ok: false, failure: error.failure, status: error.status, message: error.message };
  }
  if (changes.setAside.length === 0 && changes.documents.every((document) => document.deleted)) return { ok: true, joined: false };
  await applyPulled(db, setting, { ...changes, replaceAll: true });
  return { ok: true, joined: true };
}
