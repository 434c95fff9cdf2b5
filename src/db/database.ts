import { Dexie, type EntityTable, type Table, type Transaction } from 'dexie';
import type { ActionLine, Area, HistoryEntry, Indicator, IndicatorPeriod, Milestone, PriorityItem } from '../domain';
import { seedDatabase } from './seed';
import { SCHEMA_VERSIONS, SchemaUpgradeError, type SchemaVersion } from './schemaVersions';
import { TrackerVanishedError, hasHeldTracker, rememberTrackerHeld } from './trackerPresence';

export interface SettingRecord {
  key: string;
  value: unknown;
  /** A tracker setting's stamp, as records have, so team sync merges two people's changes to it. */
  updatedAt?: string;
  updatedBy?: string | null;
}

export interface StoredSnapshot {
  id: string;
  name: string;
  createdAt: string;
  isAutomaticBackup: boolean;
  /** The snapshot file's text, exactly as it would be exported. */
  content: string;
}

/**
 * An action line as stored: with its milestones, so that a line and its milestones are one record.
 * 2,000 lines with 10 milestones each are 2,000 records to write instead of 22,000 (an import's
 * writes at 4x: 0.5 s instead of 4.3 s). Each milestone keeps its own id, key and stamps, so
 * changes to two milestones of one line merge by id.
 */
export interface StoredActionLine extends ActionLine {
  /** In key order. */
  milestones: Milestone[];
}

/** A record changed here that the team database has not received yet: `<kind>:<key>`. */
export interface OutboxEntry {
  seq?: number;
  docId: string;
}

/**
 * A record's revision on the team database, and its value then: the base of a three-way merge.
 * No base while the record stored here is that value (a pull stores none, halving what a first
 * sync writes); a change here first keeps it (keepMergeBases). Null: the team has it deleted.
 */
export interface TeamRevision {
  docId: string;
  rev: string;
  base?: unknown;
}

/** The key of the revisions' record that holds a join's revisions; every other key is `<kind>:<key>`. */
export const JOINED_REVISIONS_KEY = 'joined';

/**
 * The revisions a join took, as one record of the revisions' table, each without a base: a record
 * apiece took 0.25 s of a first sync of 2,000 lines at 4x. A record's own revision is newer and
 * comes first (teamRevisions.ts reads and writes both).
 */
export interface JoinedRevisions {
  docId: typeof JOINED_REVISIONS_KEY;
  revs: Map<string, string>;
}

/**
 * What a sync leaves for a person to see: a value of theirs that lost to a colleague's change of
 * the same field ('conflict'), or a team document that failed the schemas and was set aside. An
 * 'overruled' one is never shown here: it is a colleague's value this browser's merge overruled,
 * sent with the record's next push so the colleague's browser shows them a 'conflict'.
 */
export interface SyncNotice {
  id: string;
  kind: 'conflict' | 'setAside' | 'overruled';
  docId: string;
  lineCode: string | null;
  /** The field, or `milestones/<id>/<field>`; '' for a document set aside. */
  field: string;
  mine: unknown;
  theirs: unknown;
  /** The colleague whose change was kept over this browser's. */
  by: string | null;
  at: string;
}

export const DEFAULT_DATABASE_NAME = 'action-line-tracker';

export type TableName =
  | 'areas'
  | 'actionLines'
  | 'priorityItems'
  | 'historyEntries'
  | 'indicators'
  | 'indicatorPeriods'
  | 'settings'
  | 'snapshots'
  | 'outbox'
  | 'teamRevisions'
  | 'syncNotices';

export class TrackerDatabase extends Dexie {
  areas!: EntityTable<Area, 'code'>;
  actionLines!: EntityTable<StoredActionLine, 'code'>;
  priorityItems!: EntityTable<PriorityItem, 'id'>;
  historyEntries!: EntityTable<HistoryEntry, 'id'>;
  indicators!: EntityTable<Indicator, 'id'>;
  indicatorPeriods!: EntityTable<IndicatorPeriod, 'id'>;
  settings!: Table<SettingRecord, string>;
  snapshots!: EntityTable<StoredSnapshot, 'id'>;
  outbox!: EntityTable<OutboxEntry, 'seq'>;
  teamRevisions!: Table<TeamRevision | JoinedRevisions, string>;
  syncNotices!: EntityTable<SyncNotice, 'id'>;

  /** Whether this connection has been open: a database that disappears after that was deleted. */
  private hasOpened = false;

  /**
   * @param mayCreate whether this connection may create and seed a missing database: only the
   *   page's own, on a first visit. The snapshot worker never does.
   */
  constructor(
    name: string = DEFAULT_DATABASE_NAME,
    versions: readonly SchemaVersion[] = SCHEMA_VERSIONS,
    { mayCreate = true }: { mayCreate?: boolean } = {},
  ) {
    super(name);
    // A shipped version is never edited: a schema change is a new entry in SCHEMA_VERSIONS, with
    // its upgrade function and a fixture database of the version before it (src/db/migrations.test.ts).
    for (const { version, stores, upgrade } of versions) {
      const declared = this.version(version).stores(stores);
      if (upgrade) {
        declared.upgrade(async (transaction) => {
          try {
            await upgrade(transaction);
          } catch (cause) {
            throw new SchemaUpgradeError(version, cause);
          }
        });
      }
    }
    // 'populate' runs once, inside the transaction that creates the database: a reload or a
    // second tab finds the database already there and never seeds again. Dexie also fires it when
    // an open database was deleted or cleared and is reopened: refusing then aborts the creation,
    // so the user's tracker is never replaced by the starting data behind their back.
    this.on('populate', (transaction: Transaction) => {
      if (!mayCreate || this.hasOpened || hasHeldTracker(name)) throw new TrackerVanishedError(name);
      return seedDatabase(transaction, new Date().toISOString());
    });
    this.on(
      'ready',
      () => {
        this.hasOpened = true;
        rememberTrackerHeld(name);
      },
      true,
    );
  }
}
