import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../tests/helpers/testDatabase';
import { arbitraryTracker } from '../../tests/snapshots/arbitraryTracker';
import { checkSnapshotText, serializeSnapshot, trackerDataOf, type SnapshotMeta, type TrackerData } from '../domain';
import { freshRanks } from '../domain/rank';
import type { TrackerDatabase } from './database';
import { moveActionLine } from './actionLineRepository';
import {
  deleteStoredSnapshot,
  listStoredSnapshots,
  readTracker,
  recordExport,
  renameStoredSnapshot,
  replaceTrackerWithBackup,
  saveStoredSnapshot,
} from './snapshotRepository';
import { readLastExportAt } from './snapshotTimes';
import { seedPendingIndicators } from './seedIndicators';
import { SETTING_KEYS } from './settingKeys';

const META: SnapshotMeta = { exportedAt: '2026-01-15T09:30:00.000Z', reportingDate: '2026-01-15', label: 'test', appVersion: '0.1.0' };
let backupCount = 0;

function backup() {
  backupCount += 1;
  return { id: `backup-${backupCount}`, name: 'Automatic backup', createdAt: '2026-01-15T09:31:00.000Z', meta: META };
}

async function exportText(db: TrackerDatabase): Promise<string> {
  return serializeSnapshot(await readTracker(db), META);
}

function importable(text: string): TrackerData {
  const check = checkSnapshotText(text);
  if (!check.ok) throw new Error(JSON.stringify(check.issues));
  return trackerDataOf(check.snapshot);
}

async function wipe(db: TrackerDatabase) {
  await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((table) => table.clear())));
}

/** Every table's records, stored snapshots included, for before/after comparisons. */
async function dump(db: TrackerDatabase) {
  return Object.fromEntries(await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()] as const)));
}

describe('export and import on the database', () => {
  it('exports, wipes, imports and exports again byte for byte', async () => {
    const db = createTestDatabase();
    await moveActionLine(db, 'E1', 'Ongoing', 0, { now: '2026-01-02T10:00:00.000Z' });
    const first = await exportText(db);
    await wipe(db);
    await replaceTrackerWithBackup(db, importable(first), backup());
    expect(await exportText(db)).toBe(first);
    expect(JSON.parse(first).actionLines).toHaveLength(24);
  });

  it('writes positions, so the same order gives the same file whatever the keys, and an import gives fresh keys', async () => {
    const db = createTestDatabase();
    const first = await exportText(db);
    // Other keys in the same order, as moves leave them.
    await db.actionLines.toCollection().modify((line) => {
      line.rank = `b0${line.rank}`;
    });
    await db.priorityItems.toCollection().modify((item) => {
      item.rank = `Zz${item.rank}`;
    });
    expect(await exportText(db)).toBe(first);
    await replaceTrackerWithBackup(db, importable(first), backup());
    const ongoing = await db.actionLines.where('status').equals('Ongoing').sortBy('rank');
    expect(ongoing.map((line) => line.rank)).toEqual(freshRanks(16));
    expect(await exportText(db)).toBe(first);
  });

  it('holds the round trip for generated trackers', async () => {
    const db = createTestDatabase();
    await fc.assert(
      fc.asyncProperty(arbitraryTracker, async (tracker) => {
        await replaceTrackerWithBackup(db, tracker, backup());
        const first = await exportText(db);
        await wipe(db);
        await replaceTrackerWithBackup(db, importable(first), backup());
        expect(await exportText(db)).toBe(first);
      }),
      { numRuns: 200 },
    );
  });

  it('stores the state it replaces as an automatic backup, and keeps the local export time', async () => {
    const db = createTestDatabase();
    await recordExport(db, '2026-01-10T08:00:00.000Z');
    const before = await exportText(db);
    const incoming = importable(before);
    incoming.actionLines = incoming.actionLines.map((line) => (line.code === 'M2' ? { ...line, status: 'Completed' } : line));
    await replaceTrackerWithBackup(db, incoming, backup());
    expect((await db.actionLines.get('M2'))?.status).toBe('Completed');
    const [stored] = await listStoredSnapshots(db);
    expect(stored?.isAutomaticBackup).toBe(true);
    expect(stored?.content).toBe(before);
    expect(await readLastExportAt(db)).toBe('2026-01-10T08:00:00.000Z');
  });

  it('leaves every table identical when a write inside the import fails', async () => {
    const db = createTestDatabase();
    await moveActionLine(db, 'E1', 'Ongoing', 0, { now: '2026-01-02T10:00:00.000Z' });
    const incoming = importable(await exportText(db));
    incoming.actionLines = incoming.actionLines.filter((line) => line.code !== 'V7');
    const before = await dump(db);
    db.historyEntries.hook('creating', () => {
      throw new Error('injected failure');
    });
    await expect(replaceTrackerWithBackup(db, incoming, backup())).rejects.toThrow('injected failure');
    expect(await dump(db)).toEqual(before);
    expect(await db.snapshots.count()).toBe(0);
  });
});

describe('indicators in snapshots', () => {
  it('exports them by position with their periods and imports them back with fresh keys, byte for byte', async () => {
    const db = createTestDatabase();
    await seedPendingIndicators(db);
    // Other keys in the same order: the file does not change.
    await db.indicators.toCollection().modify((indicator) => {
      indicator.rank = `b0${indicator.rank}`;
    });
    const first = await exportText(db);
    const file = JSON.parse(first) as { indicators: { order: number }[]; indicatorPeriods: unknown[] };
    expect(file.indicators.map((indicator) => indicator.order)).toEqual([...Array(12).keys()]);
    expect(file.indicatorPeriods).toHaveLength(34);
    await wipe(db);
    await replaceTrackerWithBackup(db, importable(first), backup());
    expect((await db.indicators.orderBy('rank').toArray()).map((indicator) => indicator.rank)).toEqual(freshRanks(12));
    expect(await db.indicatorPeriods.count()).toBe(34);
    expect(await exportText(db)).toBe(first);
  });

  it("replaces a new tracker's pending seed: the file gave the indicators, so none are seeded after it", async () => {
    const db = createTestDatabase();
    expect(await db.settings.get(SETTING_KEYS.indicatorSeedPending)).toBeDefined();
    const incoming = importable(await exportText(db));
    expect(incoming.indicators).toEqual([]);
    await replaceTrackerWithBackup(db, incoming, backup());
    expect(await db.settings.get(SETTING_KEYS.indicatorSeedPending)).toBeUndefined();
    await seedPendingIndicators(db);
    expect(await db.indicators.count()).toBe(0);
  });

  it('stores them in the automatic backup of the state an import replaces', async () => {
    const db = createTestDatabase();
    await seedPendingIndicators(db);
    const incoming = { ...importable(await exportText(db)), indicators: [], indicatorPeriods: [] };
    await replaceTrackerWithBackup(db, incoming, backup());
    expect(await db.indicators.count()).toBe(0);
    const [stored] = await listStoredSnapshots(db);
    expect(importable(stored?.content ?? '').indicators).toHaveLength(12);
  });
});

describe('stored snapshots', () => {
  it('saves, lists newest first, renames and deletes', async () => {
    const db = createTestDatabase();
    await saveStoredSnapshot(db, { id: 'a', name: 'Council-25', createdAt: '2025-06-01T10:00:00.000Z', isAutomaticBackup: false, content: '{}' });
    await saveStoredSnapshot(db, { id: 'b', name: 'CWG-FHR', createdAt: '2026-01-01T10:00:00.000Z', isAutomaticBackup: false, content: '{}' });
    expect((await listStoredSnapshots(db)).map((s) => s.id)).toEqual(['b', 'a']);
    await renameStoredSnapshot(db, 'b', 'CWG-FHR January 2026');
    expect((await db.snapshots.get('b'))?.name).toBe('CWG-FHR January 2026');
    await expect(renameStoredSnapshot(db, 'zz', 'x')).rejects.toThrow('zz');
    await deleteStoredSnapshot(db, 'a');
    expect((await listStoredSnapshots(db)).map((s) => s.id)).toEqual(['b']);
  });
});
