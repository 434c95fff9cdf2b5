import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../tests/helpers/renderApp';
import { createTestDatabase } from '../../tests/helpers/testDatabase';
import { SCHEMA_VERSIONS, TrackerDatabase } from '../db';

describe('the app when storage misbehaves', () => {
  it('shows a full-page explanation when an upgrade fails, and leaves the data alone', async () => {
    const seeded = createTestDatabase();
    await seeded.open();
    seeded.close();
    const db = new TrackerDatabase(seeded.name, [
      ...SCHEMA_VERSIONS,
      {
        version: 99,
        stores: {},
        upgrade: () => {
          throw new Error('cannot convert');
        },
      },
    ]);
    renderApp('/board', db);
    expect(await screen.findByRole('heading', { level: 1, name: "The tracker's data could not be upgraded" })).toBeInTheDocument();
    expect(screen.getByText(/cannot convert/)).toBeInTheDocument();
    const reopened = new TrackerDatabase(seeded.name);
    expect(await reopened.actionLines.count()).toBe(24);
  });

  it('shows the storage-full banner and rolls back when a write exceeds the quota', async () => {
    const user = userEvent.setup();
    const { db } = renderApp('/board');
    await screen.findByRole('button', { name: 'Move E1' });
    db.historyEntries.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await user.click(screen.getByRole('button', { name: 'Move E1' }));
    await user.click(screen.getByRole('menuitem', { name: 'Completed' }));
    const banner = await screen.findByText('Storage is full: your last change was not saved.');
    expect(within(banner.closest('[role="alert"]') as HTMLElement).getByRole('link', { name: 'Export a snapshot' })).toBeInTheDocument();
    await waitFor(() =>
      expect(within(screen.getByRole('region', { name: 'To be started' })).getAllByRole('article').map((c) => c.getAttribute('data-code'))).toContain('E1'),
    );
    expect((await db.actionLines.get('E1'))?.status).toBe('To be started');
  });

  it('stops writing and asks to reload when another tab opens a newer schema', async () => {
    const user = userEvent.setup();
    const { db } = renderApp('/board');
    await screen.findByRole('button', { name: 'Move M5' });
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(db.name, 1000);
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error ?? new Error('The IndexedDB request failed.'));
    });
    expect(await screen.findByText('A newer version is open in another tab.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Move M5' }));
    await user.click(screen.getByRole('menuitem', { name: 'Completed' }));
    expect(await screen.findByText(/M5 could not be moved/)).toBeInTheDocument();
    const other = new TrackerDatabase(db.name, [{ version: 100, stores: SCHEMA_VERSIONS[0]?.stores ?? {} }]);
    expect((await other.actionLines.get('M5'))?.status).toBe('Ongoing');
  });
});
