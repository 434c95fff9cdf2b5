import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../../tests/helpers/renderApp';
import { updateActionLine } from '../../db';

describe('Your name in Settings', () => {
  it('shows "This browser" until a name is set, then records changes under the name', async () => {
    const user = userEvent.setup();
    const { db } = renderApp('/settings');
    const field = await screen.findByRole('textbox', { name: 'Your name' });
    expect(field).toHaveValue('');
    expect(field).toHaveAttribute('placeholder', 'This browser');
    expect(field).toHaveAccessibleDescription(/recorded in the history under this name/);

    await user.type(field, '  Amina Diallo ');
    await user.click(screen.getByRole('button', { name: 'Save name' }));
    expect(await screen.findByText(/Changes from now on are recorded as/)).toHaveTextContent('Amina Diallo');
    expect(await screen.findByRole('textbox', { name: 'Your name' })).toHaveValue('Amina Diallo');

    await updateActionLine(db, 'M2', { notes: 'Asked the SAGs.' });
    const [entry] = await db.historyEntries.where('lineCode').equals('M2').toArray();
    const device = (await db.settings.get('deviceId'))?.value;
    expect(entry).toMatchObject({ author: 'Amina Diallo', device, field: 'notes' });
    expect(await db.actionLines.get('M2')).toMatchObject({ updatedBy: 'Amina Diallo', updatedAt: entry?.at });
  });

  it('goes back to "This browser" when the name is emptied, from the keyboard alone', async () => {
    const user = userEvent.setup();
    const { db } = renderApp('/settings');
    await db.settings.put({ key: 'authorName', value: 'Jean' });
    const field = await screen.findByRole('textbox', { name: 'Your name' });
    await waitFor(() => expect(field).toHaveValue('Jean'));
    await user.clear(field);
    await user.keyboard('{Enter}');
    const card = screen.getByRole('region', { name: 'Who makes the changes' });
    expect(await within(card).findByText('Changes from now on are recorded as “This browser”.')).toBeInTheDocument();
    expect(await db.settings.get('authorName')).toBeUndefined();
  });
});
