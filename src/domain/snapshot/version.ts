/** The app's version, written into every snapshot; kept equal to package.json by a test. */
export const APP_VERSION = '0.1.0';

/** The `format` value that marks a file as an Action Line Tracker snapshot. */
export const SNAPSHOT_FORMAT = 'action-line-tracker-snapshot';

/**
 * The snapshot format version this app writes (4: indicators and their periods). Raise it when the shape changes and add the
 * upgrade from the previous version to SNAPSHOT_UPGRADES (restore.ts), so older files still load.
 */
export const SNAPSHOT_FORMAT_VERSION = 4;

/**
 * Files larger than this are refused before they are read. Chosen from what the app produces:
 * the largest realistic tracker (tests/snapshots/realisticTracker.ts: 2,000 lines with 10
 * milestones each and 100,000 history entries, a fifth of them notes edits, one in 200 rewriting
 * a note of 5,000 to 20,000 characters) exports, since format 3 gave every history entry a ULID, an
 * author and a device, as a file of 70,373,008 bytes (67.1 MiB). 144 MiB is more than twice that; tests/unit/snapshotCapacity.test.ts holds the margin, and
 * importableExport.test.ts imports a file at the limit. Format 4's indicators do not change this:
 * the seeded 12 with their 34 periods, sources and breakdowns are some 65 kB.
 */
export const MAX_SNAPSHOT_BYTES = 144 * 1024 * 1024;
