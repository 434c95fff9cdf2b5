export const SETTING_KEYS = {
  strategy: 'strategy',
  seededAt: 'seededAt',
  reportingDate: 'reportingDate',
  /** When this browser last exported a snapshot file; local, never part of a snapshot. */
  lastExportAt: 'lastExportAt',
} as const;
