import { Dexie } from 'dexie';
import { deletedTeamDocument, toTeamDocument, type TeamRecord } from '../../domain/sync';
import { parseTeamAddress } from '../../domain/teamAddress';
import { countWaitingRecords, readTeamCheckpoint, type TeamSyncSetting, type TrackerDatabase } from '../../db';
// Directly, not through the index: the merge and the schemas load only with this module.
import { LeftTeamError, applyPulled, enqueueWholeTracker, markPushed, readOutbox, revertRefused } from '../../db/teamSyncRepository';
import { CouchError, couchRequest, readSession } from './couchClient';
import { parseRow, parseRows, type ChangesAnswer, type ChangesRow } from './pulledRows';
import { joinTeamOffThread } from './teamJoinClient';
import { setTeamSyncState } from './teamSyncStatus';

const PUSH_BATCH = 200;
const PULL_BATCH = 1000;
/** How long the server holds a longpoll open when nothing changes. */
const LONGPOLL_MS = 25_000;
/** When this browser ends a longpoll itself: a server that ignores `timeout` holds it for ever. */
const LONGPOLL_END_MS = LONGPOLL_MS + 5_000;
const MAX_RETRY_MS = 30_000;

type BulkAnswer = { id: string; rev?: string; error?: string; reason?: string }[];

class TeamEmptyError extends Error {}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/**
 * Team sync for one tracker: pushes the outbox with `_bulk_docs` (each record with the revision
 * this browser last had, so a colleague's newer revision is a conflict, merged here, never
 * overwritten), then pulls `_changes` from the stored checkpoint and waits on a longpoll. A local
 * change cuts the wait short. Any failure is retried with a growing pause, except a session that
 * ended, which waits for the person to sign in again.
 */
export class TeamSyncEngine {
  private stopped = false;
  private wake = new AbortController();
  /**
   * Aborts the calls in flight: when the network comes back (a call sent as it went may never be
   * answered) and when sync stops (an answer after signing out would renew the session's cookie).
   */
  private calls = new AbortController();
  private running: Promise<void> | null = null;
  private readonly databaseUrl: string;
  private readonly serverUrl: string;

  constructor(
    private readonly db: TrackerDatabase,
    private readonly setting: TeamSyncSetting,
  ) {
    const address = parseTeamAddress(setting.address, window.location.href);
    if (!address.ok) throw new Error(`The stored team address is not usable (${address.problem}).`);
    this.databaseUrl = address.databaseUrl;
    this.serverUrl = address.serverUrl;
  }

  private readonly onStorage = (parts: Record<string, unknown>) => {
    if (!Object.keys(parts).some((part) => part.startsWith(`idb://${this.db.name}/outbox/`))) return;
    // Sync's own writes empty the outbox, and so does signing out: only a change that waits cuts
    // the wait short (each push woke a second round, which showed "Syncing…" again).
    void countWaitingRecords(this.db)
      .catch(() => 1)
      .then((waiting) => {
        if (waiting > 0) this.wake.abort();
      });
  };

  private readonly onOnline = () => {
    this.calls.abort();
    this.wake.abort();
  };

  isFor(db: TrackerDatabase, setting: TeamSyncSetting): boolean {
    return db === this.db && JSON.stringify(setting) === JSON.stringify(this.setting);
  }

  run(): Promise<void> {
    this.running ??= this.loop();
    return this.running;
  }

  private async loop(): Promise<void> {
    Dexie.on('storagemutated', this.onStorage);
    window.addEventListener('online', this.onOnline);
    let retryMs = 1000;
    // After a longpoll that ended by itself, the round that follows shows no "Syncing…": the
    // header would otherwise blink, and screen readers announce it, every 25 s.
    let isQuietRound = false;
    try {
      while (!this.stopped) {
        this.wake = new AbortController();
        this.calls = new AbortController();
        try {
          await this.syncOnce(!isQuietRound);
          retryMs = 1000;
          if ((await countWaitingRecords(this.db)) > 0) continue;
          setTeamSyncState({ state: 'synced' });
          isQuietRound = false;
          await this.pull(true);
          isQuietRound = true;
        } catch (error) {
          isQuietRound = false;
          // Signed out in another tab, or signed in as someone else: this setting has nothing left to sync.
          if (this.stopped || error instanceof LeftTeamError) return;
          if (this.wake.signal.aborted) continue;
          if (!this.report(error)) return;
          await sleep(retryMs, this.wake.signal);
          retryMs = Math.min(retryMs * 2, MAX_RETRY_MS);
        }
      }
    } finally {
      Dexie.on('storagemutated').unsubscribe(this.onStorage);
      window.removeEventListener('online', this.onOnline);
    }
  }

  /** Stops syncing; resolves once no call to the team database is left in flight. */
  stop(): Promise<void> {
    this.stopped = true;
    this.calls.abort();
    this.wake.abort();
    return this.running ?? Promise.resolve();
  }

  /** Shows what went wrong; false when sync must wait for the person instead of retrying. */
  private report(error: unknown): boolean {
    if (error instanceof TeamEmptyError) {
      setTeamSyncState({ state: 'teamEmpty' });
      return false;
    }
    if (error instanceof CouchError) {
      if (error.failure === 'unauthorized') {
        setTeamSyncState({ state: 'sessionExpired' });
        return false;
      }
      if (error.failure === 'forbidden') {
        setTeamSyncState({ state: 'refused', reason: error.message });
        return true;
      }
      if (error.failure === 'unreachable') {
        setTeamSyncState({ state: 'unreachable' });
        return true;
      }
    }
    setTeamSyncState({ state: 'failed', reason: error instanceof Error ? error.message : String(error) });
    return true;
  }

  private async syncOnce(showSyncing: boolean): Promise<void> {
    if (showSyncing) setTeamSyncState({ state: 'syncing' });
    if (!(await readSession(this.serverUrl, this.calls.signal))) throw new CouchError('unauthorized', 401, 'The session ended.');
    // A join's pages hold every change up to its checkpoint, and the join empties the outbox: the
    // round ends there, and the longpoll takes what follows (a push and a pull after the join added
    // 0.6 s at 4x to the first sync of 2,000 lines, waiting on the page's reads of the new tracker).
    if ((await readTeamCheckpoint(this.db)) === null && (await this.join()) === 'joined') return;
    const refusal = await this.push();
    await this.pull(false);
    if (refusal) throw new CouchError('forbidden', 403, refusal);
  }

  /**
   * The first sync of this browser. A team database with records replaces this browser's tracker
   * (Settings says so before signing in): 'joined'. An empty one is filled from it by a team
   * admin: 'filling', with the whole tracker waiting in the outbox.
   */
  private async join(): Promise<'joined' | 'filling'> {
    // Every change asked for, checked and written by a worker: the page stays responsive.
    if (await joinTeamOffThread(this.db, this.setting, this.databaseUrl, this.calls.signal)) return 'joined';
    if (!this.setting.roles.some((role) => role === '_admin' || role === 'tracker-admin')) throw new TeamEmptyError();
    await enqueueWholeTracker(this.db, this.setting);
    await applyPulled(this.db, this.setting, { documents: [], setAside: [], checkpoint: '0' });
    return 'filling';
  }

  /** Pushes the outbox; returns the server's reason when it refused a change, after undoing it here. */
  private async push(): Promise<string | null> {
    let refusal: string | null = null;
    for (;;) {
      const items = await readOutbox(this.db, PUSH_BATCH);
      if (items.length === 0) return refusal;
      const docs = items.map((item) =>
        item.record !== null
          ? toTeamDocument({ kind: item.kind, record: item.record } as TeamRecord, this.setting.user, item.rev, item.overruled)
          : deletedTeamDocument(item.docId, item.rev ?? ''),
      );
      const answers = await couchRequest<BulkAnswer>(`${this.databaseUrl}/_bulk_docs`, {
        method: 'POST',
        body: JSON.stringify({ docs }),
        signal: this.calls.signal,
      });
      // By id, not by place: express-pouchdb answers in its own order (CouchDB in the request's).
      const answerOf = new Map(answers.map((answer) => [answer.id, answer]));
      const pushed = [];
      for (const item of items) {
        const answer = answerOf.get(item.docId);
        if (answer?.rev && !answer.error) {
          pushed.push({ docId: item.docId, upToSeq: item.upToSeq, rev: answer.rev, record: item.record, overruledNoticeIds: item.overruledNoticeIds });
        } else if (answer?.error === 'conflict') {
          await this.mergeWithTeam(item.docId);
        } else if (answer?.error === 'forbidden') {
          refusal = answer.reason ?? answer.error;
          await revertRefused(this.db, this.setting, item.docId, item.upToSeq);
        } else if (answer?.error === 'unauthorized') {
          throw new CouchError('unauthorized', 401, answer.reason ?? 'unauthorized');
        } else {
          throw new CouchError('unexpected', null, `The team database did not take ${item.docId}: ${JSON.stringify(answer)}`);
        }
      }
      await markPushed(this.db, this.setting, pushed);
    }
  }

  /** A colleague changed the record since this browser's revision: merge theirs in, push again. */
  private async mergeWithTeam(docId: string): Promise<void> {
    const checkpoint = (await readTeamCheckpoint(this.db)) ?? '0';
    let row: ChangesRow;
    try {
      const doc = await couchRequest<{ _rev: string }>(`${this.databaseUrl}/${encodeURIComponent(docId)}`, { signal: this.calls.signal });
      row = { id: docId, changes: [{ rev: doc._rev }], doc };
    } catch (error) {
      if (!(error instanceof CouchError) || error.failure !== 'notFound') throw error;
      row = { id: docId, deleted: true, changes: [{ rev: '' }] };
    }
    const parsed = parseRow(row);
    if (parsed === null) return;
    const batch = 'setAside' in parsed ? { documents: [], setAside: [parsed.setAside] } : { documents: [parsed], setAside: [] };
    await applyPulled(this.db, this.setting, { ...batch, checkpoint });
  }

  /**
   * Pulls every change since the checkpoint, a batch per transaction. With `longpoll`, waits for
   * the next change until a local change or the network's return cuts the wait short.
   */
  private async pull(longpoll: boolean): Promise<void> {
    let since = (await readTeamCheckpoint(this.db)) ?? '0';
    for (;;) {
      const feed = longpoll ? `&feed=longpoll&timeout=${LONGPOLL_MS}` : '';
      const waitOver = longpoll ? AbortSignal.timeout(LONGPOLL_END_MS) : null;
      let answer: ChangesAnswer;
      try {
        answer = await couchRequest<ChangesAnswer>(
          `${this.databaseUrl}/_changes?include_docs=true&limit=${PULL_BATCH}&since=${encodeURIComponent(since)}${feed}`,
          { signal: waitOver ? AbortSignal.any([this.wake.signal, waitOver]) : this.calls.signal },
        );
      } catch (error) {
        // Nothing changed while we waited: the next round asks again.
        if (waitOver?.aborted && !this.wake.signal.aborted) return;
        throw error;
      }
      since = String(answer.last_seq);
      await applyPulled(this.db, this.setting, { ...parseRows(answer.results), checkpoint: since });
      if (answer.results.length < PULL_BATCH || longpoll) return;
    }
  }
}
