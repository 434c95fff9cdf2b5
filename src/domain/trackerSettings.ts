/** The settings that belong to the tracker, not to a browser: snapshots carry them, and a team shares them. */
export const TRACKER_SETTING_KEYS = ['reportingDate', 'seededAt', 'strategy'] as const;
export type TrackerSettingKey = (typeof TRACKER_SETTING_KEYS)[number];

export function isTrackerSettingKey(key: string): key is TrackerSettingKey {
  return (TRACKER_SETTING_KEYS as readonly string[]).includes(key);
}
