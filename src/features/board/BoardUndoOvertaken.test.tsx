import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../../tests/helpers/renderApp';
import { moveActionLine, readTracker, replaceTrackerWithBackup } from '../../../tests/helpers/writeElsewhere';

describe('undo after a change made elsewhere', () => {
  it('leaves an imported title alone and says why', async () => {
    const user = userEvent.setup();
    const { db } = renderApp('/board?line=M4');
    // The panel is loaded on demand: wait for it as long as a slow first load takes.
    const panel = await screen.findByRole('dialog', { name: 'M4 details' });
    await within(panel).findByRole('region', { name: 'History' });
    const title = within(panel).getByLabelText('Title');
    await user.clear(title);
    await user.type(title, 'Edited here{Enter}');
    await waitFor(async () => expect((await db.actionLines.get('M4'))?.title).toBe('Edited here'));
    // An import (here, or in another tab) replaces the tracker with another M4 title.
    const imported = await readTracker(db);
    imported.actionLines = imported.actionLines.map((line) => (line.code === 'M4' ? { ...line, title: 'Imported title' } : line));
    await replaceTrackerWithBackup(db, imported, {
      id: 'backup',
      name: 'Backup',
      createdAt: new Date().toISOString(),
      meta: { exportedAt: new Date().toISOString(), reportingDate: '2026-01-15', label: 'Backup', appVersion: 'test' },
    });
    await waitFor(() => expect(title).toHaveValue('Imported title'));
    await user.click(within(panel).getByRole('heading', { name: 'Details' }));
    await user.keyboard('{Control>}z{/Control}');
    expect(await screen.findByText(/Cannot undo “\u2068M4: Title\u2069”/)).toBeInTheDocument();
    expect((await db.actionLines.get('M4'))?.title).toBe('Imported title');
  });

  it('does not move back a card that another tab moved since', async () => {
    const user = userEvent.setup();
    const { db } = renderApp('/board');
    await user.click(await screen.findByRole('button', { name: 'Move M2' }));
    await user.click(screen.getByRole('menuitem', { name: 'Completed' }));
    await waitFor(async () => expect((await db.actionLines.get('M2'))?.status).toBe('Completed'));
    await moveActionLine(db, 'M2', 'To be started', 0);
    await user.keyboard('{Control>}z{/Control}');
    expect(await screen.findByText(/Cannot undo “\u2068M2 moved to Completed\u2069”/)).toBeInTheDocument();
    expect((await db.actionLines.get('M2'))?.status).toBe('To be started');
    await user.keyboard('{Control>}z{/Control}');
    expect(await screen.findByText('Nothing to undo.')).toBeInTheDocument();
  });
});
