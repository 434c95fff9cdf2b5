import { Dexie, type EntityTable, type Table, type Transaction } from 'dexie';
import type { ActionLine, Area, HistoryEntry, Milestone, PriorityItem } from '../domain';
import { seedDatabase } from './seed';

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

  constructor(name: string = DEFAULT_DATABASE_NAME) {
    super(name);
    // Version 1 ships with an upgrade-free schema; any change is a new version(n) below it.
    this.version(1).stores({
      areas: 'code, order',
      actionLines: 'code, areaCode, status',
      milestones: 'id, lineCode',
      priorityItems: 'id, lineCode, order',
      history: '++id, lineCode, at',
      settings: 'key',
      snapshots: 'id, createdAt',
    });
    // 'populate' runs once, inside the transaction that creates the database: a reload or a
    // second tab finds the database already there and never seeds again.
    this.on('populate', (transaction: Transaction) => seedDatabase(transaction, new Date().toISOString()));
  }
}
