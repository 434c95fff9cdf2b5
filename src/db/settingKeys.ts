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
} as const;
