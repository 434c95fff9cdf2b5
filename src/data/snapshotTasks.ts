import {
  APP_VERSION,
  checkSnapshotFile,
  checkSnapshotText,
  compareTrackers,
  computeProgress,
  issue,
  serializeImportableSnapshot,
  serializeSnapshot,
  snapshotFileName,
  trackerDataOf,
  type ProgressFigures,
  type SnapshotCheck,
  type SnapshotIssue,
  type SnapshotSource,
  type TrackerComparison,
  type TrackerData,
} from '../domain';
import {
  listStoredSnapshots,
  readStoredSnapshot,
  readTracker,
  recordExport,
  replaceTrackerWithBackup,
  saveStoredSnapshot,
  type BackupRequest,
  type StoredSnapshot,
  type TrackerDatabase,
} from '../db';

/** What the import preview shows: milestone lists stay behind, 20,000 of them would only cost copying. */
export type ImportSummary = Pick<TrackerComparison, 'counts' | 'statusChanges' | 'linesAdded' | 'linesRemoved' | 'linesChanged'>;

export type ImportCheck =
  | { ok: false; issues: SnapshotIssue[] }
  | { ok: true; token: string; upgradedFrom: number | null; summary: ImportSummary };

/** A stored snapshot as the list shows it; its contents stay in the database until needed. */
export interface SnapshotEntry extends Omit<StoredSnapshot, 'content'> {
  /** The file's reporting date; null when the stored text no longer passes the checks. */
  reportingDate: string | null;
  figures: ProgressFigures | null;
}

export interface ExportRequest {
  label: string;
  exportedAt: string;
  /** Today in the user's time zone, the reporting date of a tracker that has none. */
  today: string;
}

export interface SaveRequest {
  id: string;
  name: string;
  createdAt: string;
  today: string;
}

export interface ExportedFile {
  fileName: string;
  file: Blob;
  /** The oldest history entries left out so that the file imports back (see serializeImportableSnapshot). */
  omittedHistory: number;
}

/**
 * The heavy snapshot work: checking files, comparing, replacing, exporting. The browser runs it
 * in a worker (snapshot.worker.ts) so the page stays responsive; tests run it in-thread. This
 * interface is the worker's whole contract: the page calls it through Comlink (snapshotTasksClient.ts).
 */
export interface SnapshotTasks {
  checkFile(file: SnapshotSource): Promise<ImportCheck>;
  checkStored(id: string): Promise<ImportCheck>;
  /** Backs up the current state and replaces it with the checked file `token` names. */
  replace(token: string, backup: BackupRequest): Promise<void>;
  exportFile(request: ExportRequest): Promise<ExportedFile>;
  /** Stores the current state as a named snapshot in this browser. */
  saveCurrent(request: SaveRequest): Promise<void>;
  listStored(): Promise<SnapshotEntry[]>;
  storedFile(id: string): Promise<ExportedFile | null>;
  /**
   * What changed from one state to another, each a stored snapshot's id or null for the current
   * state; null when a stored snapshot no longer passes the checks. Only the report crosses back.
   */
  compare(beforeId: string | null, afterId: string | null): Promise<TrackerComparison | null>;
}

function describe(stored: StoredSnapshot): SnapshotEntry {
  const { content, ...rest } = stored;
  const check = checkSnapshotText(content);
  if (!check.ok) return { ...rest, reportingDate: null, figures: null };
  return { ...rest, reportingDate: check.snapshot.reportingDate, figures: computeProgress(check.snapshot.actionLines) };
}

export function createSnapshotTasks(db: TrackerDatabase): SnapshotTasks {
  // Only the file chosen last can be confirmed: a check takes the place of the one before it, even
  // of one still running, whose result then can never be confirmed.
  let last: { token: string; data: TrackerData | null } | null = null;

  const present = async (checking: Promise<SnapshotCheck>): Promise<ImportCheck> => {
    const chosen = { token: crypto.randomUUID(), data: null };
    last = chosen;
    const check = await checking;
    if (!check.ok) return { ok: false, issues: check.issues };
    const data = trackerDataOf(check.snapshot);
    const { counts, statusChanges, linesAdded, linesRemoved, linesChanged } = compareTrackers(await readTracker(db), data);
    if (last === chosen) last = { token: chosen.token, data };
    const summary = { counts, statusChanges, linesAdded, linesRemoved, linesChanged };
    return { ok: true, token: chosen.token, upgradedFrom: check.upgradedFrom, summary };
  };

  const stored = async (id: string) => {
    const record = await readStoredSnapshot(db, id);
    return record ? { record, check: checkSnapshotText(record.content) } : null;
  };

  const state = async (snapshotId: string | null): Promise<TrackerData | null> => {
    if (snapshotId === null) return readTracker(db);
    const found = await stored(snapshotId);
    return found?.check.ok ? trackerDataOf(found.check.snapshot) : null;
  };

  return {
    checkFile: (file) => present(checkSnapshotFile(file)),
    checkStored: (id) => present(stored(id).then((found) => (found ? found.check : { ok: false, issues: [issue('unreadable')] }))),
    replace: async (token, backup) => {
      const checked = last;
      if (checked?.token !== token || !checked.data) throw new Error('This file is no longer the one checked; choose it again.');
      await replaceTrackerWithBackup(db, checked.data, backup);
      if (last === checked) last = null;
    },
    exportFile: async ({ label, exportedAt, today }) => {
      const tracker = await readTracker(db);
      const meta = { exportedAt, reportingDate: tracker.settings.reportingDate ?? today, label, appVersion: APP_VERSION };
      const { text, omittedHistory } = serializeImportableSnapshot(tracker, meta);
      const file = new Blob([text], { type: 'application/json' });
      await recordExport(db, exportedAt);
      return { fileName: snapshotFileName(meta.reportingDate, label), file, omittedHistory };
    },
    saveCurrent: async ({ id, name, createdAt, today }) => {
      const tracker = await readTracker(db);
      const meta = { exportedAt: createdAt, reportingDate: tracker.settings.reportingDate ?? today, label: name, appVersion: APP_VERSION };
      await saveStoredSnapshot(db, { id, name, createdAt, isAutomaticBackup: false, content: serializeSnapshot(tracker, meta) });
    },
    listStored: async () => (await listStoredSnapshots(db)).map(describe),
    storedFile: async (id) => {
      const found = await stored(id);
      if (!found?.check.ok) return null;
      const fileName = snapshotFileName(found.check.snapshot.reportingDate, found.record.name);
      return { fileName, file: new Blob([found.record.content], { type: 'application/json' }), omittedHistory: 0 };
    },
    compare: async (beforeId, afterId) => {
      const [before, after] = await Promise.all([state(beforeId), state(afterId)]);
      return before && after ? compareTrackers(before, after) : null;
    },
  };
}
