import { Dexie, type Transaction } from 'dexie';

export interface SchemaVersion {
  version: number;
  /** A table's indexes; null deletes the table. */
  stores: Record<string, string | null>;
  upgrade?: (transaction: Transaction) => Promise<void> | void;
}

const VERSION_1_STORES: Record<string, string> = {
  areas: 'code, order',
  actionLines: 'code, areaCode, status',
  milestones: 'id, lineCode',
  priorityItems: 'id, lineCode, order',
  history: '++id, lineCode, at',
  settings: 'key',
  snapshots: 'id, createdAt',
};

const VERSION_3_STORES: Record<string, string> = {
  ...VERSION_1_STORES,
  // The priorities are listed in key order; lines and milestones are read by column and by line.
  priorityItems: 'id, lineCode, rank',
};

const VERSION_4_STORES: Record<string, string | null> = {
  ...VERSION_3_STORES,
  // IndexedDB cannot change a primary key: history moves to a table keyed by ULIDs.
  history: null,
  historyEntries: 'id, lineCode, at',
};

const VERSION_5_STORES: Record<string, string | null> = {
  ...VERSION_4_STORES,
  // Indicators are listed by area and in key order; a period is read with its indicator.
  indicators: 'id, areaCode, rank',
  indicatorPeriods: 'id, indicatorId',
};

const VERSION_6_STORES: Record<string, string | null> = {
  ...VERSION_5_STORES,
  // A line's milestones are stored inside its record (StoredActionLine).
  milestones: null,
};

const VERSION_7_STORES: Record<string, string | null> = {
  ...VERSION_6_STORES,
  // A move to another column checks the key the board planned by counting lines on either side.
  actionLines: 'code, areaCode, status, [status+rank]',
};

const VERSION_8_STORES: Record<string, string | null> = {
  ...VERSION_7_STORES,
  // Team sync: the records changed here and not yet on the team database (one entry per change,
  // written in the change's own transaction); the revision and value last agreed with it for each
  // record; and the notices a sync leaves on a line (a value that lost, a document set aside).
  outbox: '++seq, docId',
  teamRevisions: 'docId',
  syncNotices: 'id, lineCode',
};

const VERSION_9_STORES: Record<string, string | null> = {
  ...VERSION_8_STORES,
  // The source note, on every page, counts the inferred statuses without reading every line.
  actionLines: 'code, areaCode, status, [status+rank], statusSource',
};

/** Every schema the app has shipped, oldest first. */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: VERSION_1_STORES,
  },
  {
    version: 2,
    // Same tables and indexes: the version exists for its upgrade, which fills the new fields.
    stores: VERSION_1_STORES,
    // Only a database from version 1 runs this, so its code (with the seed's evidence it compares
    // with) loads then, not on every visit: 0.6 kB gzip off the first load. Dexie.waitFor keeps the
    // upgrade transaction alive while the module loads.
    upgrade: async (transaction) => {
      const { upgradeToVersion2 } = await Dexie.waitFor(import('./upgradeToVersion2'));
      await upgradeToVersion2(transaction);
    },
  },
  {
    version: 3,
    stores: VERSION_3_STORES,
    // Lines, milestones and priority items trade their numbered order for fractional keys. The
    // upgrade carries the key generation, which loads with it (as version 2's upgrade does).
    upgrade: async (transaction) => {
      const { upgradeToVersion3 } = await Dexie.waitFor(import('./upgradeToVersion3'));
      await upgradeToVersion3(transaction);
    },
  },
  {
    version: 4,
    stores: VERSION_4_STORES,
    // History entries get ULIDs, authors and devices; every record when and by whom it last changed.
    upgrade: async (transaction) => {
      const { upgradeToVersion4 } = await Dexie.waitFor(import('./upgradeToVersion4'));
      await upgradeToVersion4(transaction);
    },
  },
  {
    version: 5,
    stores: VERSION_5_STORES,
    // Indicators and their periods, seeded from the source documents as a new database is.
    upgrade: async (transaction) => {
      const { seedIndicators } = await Dexie.waitFor(import('./seedIndicators'));
      await seedIndicators(transaction);
    },
  },
  {
    version: 6,
    stores: VERSION_6_STORES,
    upgrade: async (transaction) => {
      const { upgradeToVersion6 } = await Dexie.waitFor(import('./upgradeToVersion6'));
      await upgradeToVersion6(transaction);
    },
  },
  {
    version: 7,
    // A new index only: IndexedDB builds it from the stored lines, which stay as they are.
    stores: VERSION_7_STORES,
  },
  {
    version: 8,
    // New tables only, empty until team sync is switched on.
    stores: VERSION_8_STORES,
  },
  {
    version: 9,
    // A new index only, built by IndexedDB from the stored lines.
    stores: VERSION_9_STORES,
  },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 1;

/** An upgrade function failed; IndexedDB aborted the upgrade, so the old version stays as it was. */
export class SchemaUpgradeError extends Error {
  override name = 'SchemaUpgradeError';

  constructor(
    readonly version: number,
    override readonly cause: unknown,
  ) {
    super(`Upgrading the database to version ${version} failed: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}
