/** The app's version, written into every snapshot; kept equal to package.json by a test. */
export const APP_VERSION = '0.1.0';

/** The `format` value that marks a file as an Action Line Tracker snapshot. */
export const SNAPSHOT_FORMAT = 'action-line-tracker-snapshot';

/**
 * The snapshot format version this app writes. Raise it when the shape changes and add the
 * upgrade from the previous version to SNAPSHOT_UPGRADES (restore.ts), so older files still load.
 */
export const SNAPSHOT_FORMAT_VERSION = 2;

/**
 * Files larger than this are refused before they are read. Chosen from what the app produces:
 * the largest realistic tracker (tests/snapshots/realisticTracker.ts: 2,000 lines with 10
 * milestones each and 100,000 history entries, a fifth of them notes edits, one in 200 rewriting
 * a note of 5,000 to 20,000 characters) exports as a file of 60,293,455 bytes (57.5 MiB; 58,193,156
 * bytes as compact JSON), which Node reads, parses and checks in about 2.4 s on a 2-core machine.
 * 128 MiB is more than twice that; tests/unit/snapshotCapacity.test.ts holds the margin, and
 * importableExport.test.ts imports a file at the limit.
 */
export const MAX_SNAPSHOT_BYTES = 128 * 1024 * 1024;
