/** The app's version, written into every snapshot; kept equal to package.json by a test. */
export const APP_VERSION = '0.1.0';

/** The `format` value that marks a file as an Action Line Tracker snapshot. */
export const SNAPSHOT_FORMAT = 'action-line-tracker-snapshot';

/**
 * The snapshot format version this app writes. Raise it when the shape changes and add the
 * upgrade from the previous version to SNAPSHOT_UPGRADES (restore.ts), so older files still load.
 */
export const SNAPSHOT_FORMAT_VERSION = 2;

/** Files larger than this are refused before they are read. */
export const MAX_SNAPSHOT_BYTES = 5 * 1024 * 1024;
