import { Dexie, type EntityTable, type Table, type Transaction } from 'dexie';
import type { ActionLine, Area, HistoryEntry, Milestone, PriorityItem } from '../domain';
import { seedDatabase } from './seed';
import { SCHEMA_VERSIONS, SchemaUpgradeError, type SchemaVersion } from './schemaVersions';

export interface SettingRecord {
  key: string;
  value: unknown;
}

export interface StoredSnapshot {
  id: string;
  name: string;
  createdAt: string;
  isAutomaticBackup: boolean;
  /** The snapshot file's text, exactly as it would be exported. */
  content: string;
}

export const DEFAULT_DATABASE_NAME = 'action-line-tracker';

export type TableName =
  | 'areas'
  | 'actionLines'
  | 'milestones'
  | 'priorityItems'
  | 'history'
  | 'settings'
  | 'snapshots';

export class TrackerDatabase extends Dexie {
  areas!: EntityTable<Area, 'code'>;
  actionLines!: EntityTable<ActionLine, 'code'>;
  milestones!: EntityTable<Milestone, 'id'>;
  priorityItems!: EntityTable<PriorityItem, 'id'>;
  history!: EntityTable<HistoryEntry, 'id'>;
  settings!: Table<SettingRecord, string>;
  snapshots!: EntityTable<StoredSnapshot, 'id'>;

  constructor(name: string = DEFAULT_DATABASE_NAME, versions: readonly SchemaVersion[] = SCHEMA_VERSIONS) {
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
    // second tab finds the database already there and never seeds again.
    this.on('populate', (transaction: Transaction) => seedDatabase(transaction, new Date().toISOString()));
  }
}
