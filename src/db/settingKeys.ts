export const SETTING_KEYS = {
  strategy: 'strategy',
  seededAt: 'seededAt',
  reportingDate: 'reportingDate',
} as const;
