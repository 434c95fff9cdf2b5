import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { createTestDatabase } from '../../tests/helpers/testDatabase';
import { TrackerDatabase } from './database';
import { describeStorageError } from './storageError';
import { forgetTrackerHeld } from './trackerPresence';

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error('The IndexedDB request failed.'));
  });
}

describe('a tracker database deleted while the app relies on it', () => {
  it('is not recreated with the starting data by the next read', async () => {
    const db = createTestDatabase();
    await db.actionLines.update('M2', { notes: 'Mine' });
    await deleteDatabase(db.name);
    const reading = db.actionLines.count();
    await expect(reading).rejects.toThrow();
    expect(describeStorageError(await reading.catch((error: unknown) => error))).toBe('gone');
    expect(await Dexie.exists(db.name)).toBe(false);
  });

  it('is not recreated after a reload either, until the user chooses to start again', async () => {
    const db = createTestDatabase();
    await db.open();
    db.close();
    await deleteDatabase(db.name);
    const reloaded = new TrackerDatabase(db.name);
    await expect(reloaded.open()).rejects.toThrow(/no longer stored/);
    expect(await Dexie.exists(db.name)).toBe(false);
    forgetTrackerHeld(db.name);
    const startedAgain = new TrackerDatabase(db.name);
    expect(await startedAgain.actionLines.count()).toBe(24);
  });

  it('is never created by a connection that may not create it (the snapshot worker)', async () => {
    const worker = new TrackerDatabase(`never-created-${Math.random()}`, undefined, { mayCreate: false });
    await expect(worker.actionLines.toArray()).rejects.toThrow();
    expect(await Dexie.exists(worker.name)).toBe(false);
  });
});
