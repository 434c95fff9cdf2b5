import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../../tests/helpers/renderApp';
import { updateActionLine } from '../../../tests/helpers/writeElsewhere';

async function openPanel(code: string) {
  const utils = renderApp(`/board?line=${code}`);
  // The panel is loaded on demand: wait for it as long as a slow first load takes.
  const panel = await screen.findByRole('dialog', { name: `${code} details` });
  await within(panel).findByRole('region', { name: 'History' });
  return { ...utils, panel };
}

describe('the card panel when the line changes elsewhere', () => {
  it.each([
    ['Notes', 'notes'],
    ['Title', 'title'],
    ['Target quarter', 'target'],
  ] as const)('never saves a visited, untouched %s over a value saved elsewhere', async (label, field) => {
    const user = userEvent.setup();
    const { db, panel } = await openPanel('M2');
    const control = within(panel).getByLabelText(label);
    await user.click(control);
    const written = field === 'target' ? 'Q1 2027' : 'Written in another tab';
    await updateActionLine(db, 'M2', { [field]: written });
    await waitFor(() => expect(control).toHaveValue(written));
    await user.click(within(panel).getByRole('heading', { name: 'Details' }));
    await user.tab();
    expect((await db.actionLines.get('M2'))?.[field]).toBe(written);
    expect(within(panel).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('keeps what the user typed and asks, instead of overwriting notes saved elsewhere', async () => {
    const user = userEvent.setup();
    const { db, panel } = await openPanel('M2');
    const notes = within(panel).getByLabelText('Notes');
    await user.type(notes, 'Mine');
    await updateActionLine(db, 'M2', { notes: 'Theirs' });
    await user.tab();
    const alert = await within(panel).findByRole('alert');
    expect(alert).toHaveTextContent('Theirs');
    expect(notes).toHaveValue('Mine');
    expect((await db.actionLines.get('M2'))?.notes).toBe('Theirs');
    await user.click(within(alert).getByRole('button', { name: 'Save my text' }));
    await waitFor(async () => expect((await db.actionLines.get('M2'))?.notes).toBe('Mine'));
  });

  it('keeps the notes, marked unsaved, when the storage is full', async () => {
    const user = userEvent.setup();
    const { db, panel } = await openPanel('M3');
    db.historyEntries.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const notes = within(panel).getByLabelText('Notes');
    await user.type(notes, 'Consulted the regions');
    await user.tab();
    expect(await within(panel).findByText(/^Not saved: The browser's storage is full/)).toBeInTheDocument();
    expect(notes).toHaveValue('Consulted the regions');
    expect(notes).toHaveAttribute('aria-invalid', 'true');
    expect((await db.actionLines.get('M3'))?.notes).toBe('');
  });

  it('holds each text field to its length limit as the user pastes', async () => {
    const user = userEvent.setup();
    const { panel } = await openPanel('M2');
    const notes = within(panel).getByLabelText('Notes');
    await user.click(notes);
    await user.paste('y'.repeat(25_000));
    expect((notes as HTMLTextAreaElement).value).toHaveLength(20_000);
    expect(within(panel).getByText(/The pasted text was cut to 20,?000 characters/)).toBeInTheDocument();
  });
});
