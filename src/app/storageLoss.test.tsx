import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Dexie } from 'dexie';
import { renderApp } from '../../tests/helpers/renderApp';
import { createTestDatabase } from '../../tests/helpers/testDatabase';
import { SCHEMA_VERSIONS, TrackerDatabase } from '../db';
import { HELD_ELSEWHERE_DELAY_MS } from './DatabaseGate';

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error('The IndexedDB request failed.'));
  });
}

describe('the app when its stored data disappears', () => {
  it('says plainly that another tab deleted the data, and neither re-seeds nor exports starting data', async () => {
    const user = userEvent.setup();
    const { db } = renderApp('/snapshots');
    const exportButton = await screen.findByRole('button', { name: 'Export snapshot' });
    await deleteDatabase(db.name);
    expect(await screen.findByText("The tracker's stored data was deleted.")).toBeInTheDocument();
    expect(screen.queryByText('A newer version is open in another tab.')).not.toBeInTheDocument();
    await user.click(exportButton);
    expect(await screen.findByText(/deleted, so nothing can be saved|could not/i)).toBeInTheDocument();
    expect(await Dexie.exists(db.name)).toBe(false);
  });

  it('notices when the browser clears the data under it, and does not recreate it on the next change', async () => {
    const user = userEvent.setup();
    const { db } = renderApp('/board');
    await screen.findByRole('button', { name: 'Move M5' });
    // "Clear site data" closes open connections; IndexedDB reports it with a close event.
    const connection = db.backendDB();
    connection.close();
    connection.onclose?.(new Event('close'));
    await deleteDatabase(db.name);
    expect(await screen.findByText("The tracker's stored data was deleted.")).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Move M5' }));
    await user.click(screen.getByRole('menuitem', { name: 'Completed' }));
    await waitFor(() => expect(screen.getByText(/M5 could not be moved/)).toBeInTheDocument());
    expect(await Dexie.exists(db.name)).toBe(false);
    expect(screen.getByText("The tracker's stored data was deleted.")).toBeInTheDocument();
  });

  it('on the next visit, explains that the tracker is gone and how to restore it, instead of re-seeding', async () => {
    const earlier = createTestDatabase();
    await earlier.open();
    earlier.close();
    await deleteDatabase(earlier.name);
    renderApp('/board', new TrackerDatabase(earlier.name));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Your tracker is no longer stored in this browser' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/restore your latest snapshot file/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Start a new tracker' })).toBeInTheDocument();
    expect(await Dexie.exists(earlier.name)).toBe(false);
  });

  it('explains, after a few seconds, that another tab holds the database when it ignores the request to close', async () => {
    const seeded = createTestDatabase();
    await seeded.open();
    seeded.close();
    // An old connection that never answers versionchange, opened at the schema's native version.
    const stubborn = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(seeded.name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('The IndexedDB request failed.'));
    });
    stubborn.onversionchange = null;
    const newer = new TrackerDatabase(seeded.name, [...SCHEMA_VERSIONS, { version: 90, stores: {} }]);
    renderApp('/board', newer);
    expect(screen.getByText('Loading the tracker…')).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { level: 1, name: "Another tab is holding the tracker's data" }, { timeout: HELD_ELSEWHERE_DELAY_MS + 10_000 }),
    ).toBeInTheDocument();
    stubborn.close();
  });
});
