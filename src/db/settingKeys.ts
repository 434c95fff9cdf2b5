export const SETTING_KEYS = {
  strategy: 'strategy',
  seededAt: 'seededAt',
  reportingDate: 'reportingDate',
  /** When this browser last exported a snapshot file; local, never part of a snapshot. */
  lastExportAt: 'lastExportAt',
  /** This browser's random device id, made once; recorded with every history entry. Local. */
  deviceId: 'deviceId',
  /** The name changes are recorded under; unset means "this browser". Local. */
  authorName: 'authorName',
  /** Set when a new database still waits for its indicators (seedIndicators.ts). Local. */
  indicatorSeedPending: 'indicatorSeedPending',
  /** Team sync, when switched on: the database's address, the signed-in user and roles. Local. */
  teamSync: 'teamSync',
  /** Where the last pull from the team database ended (CouchDB's last_seq). Local. */
  teamCheckpoint: 'teamCheckpoint',
} as const;
