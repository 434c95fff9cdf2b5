import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../tests/helpers/renderApp';
import { useUndoStore } from '../state/undoStore';

type User = ReturnType<typeof userEvent.setup>;
const undoKey = (user: User) => user.keyboard('{Control>}z{/Control}');
const redoKey = (user: User) => user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');

async function openPanel(code: string) {
  const utils = renderApp(`/board?line=${code}`);
  const panel = await screen.findByRole('dialog', { name: `${code} details` });
  const history = await within(panel).findByRole('region', { name: 'History' });
  return { ...utils, panel, history };
}

const rowCodes = () =>
  within(screen.getByRole('table')).getAllByRole('row').slice(1).map((row) => row.getAttribute('data-code'));

describe('one undo stack for every change', () => {
  it('leaves Ctrl+Z to a text field while it has focus, and undoes the line edit once it has not', async () => {
    const user = userEvent.setup();
    const { db, panel } = await openPanel('M4');
    const title = within(panel).getByLabelText('Title');
    await user.clear(title);
    await user.type(title, 'Edited here{Enter}');
    await waitFor(async () => expect((await db.actionLines.get('M4'))?.title).toBe('Edited here'));
    expect(title).toHaveFocus();
    await undoKey(user);
    // The keyboard shortcut takes an entry off the stack at once when it acts; here it left it.
    expect(useUndoStore.getState().past).toHaveLength(1);
    await user.click(within(panel).getByRole('heading', { name: 'Details' }));
    await undoKey(user);
    await waitFor(async () => expect((await db.actionLines.get('M4'))?.title).not.toBe('Edited here'));
    const original = (await db.actionLines.get('M4'))?.title;
    await redoKey(user);
    await waitFor(async () => expect((await db.actionLines.get('M4'))?.title).toBe('Edited here'));
    const history = await db.historyEntries.where('lineCode').equals('M4').toArray();
    expect(history.map((entry) => entry.to)).toEqual(['Edited here', original, 'Edited here']);
  });

  it('undoes and redoes the reporting date from the dashboard', async () => {
    const user = userEvent.setup();
    const { db } = renderApp('/dashboard');
    const field = await screen.findByLabelText('Reporting date');
    fireEvent.change(field, { target: { value: '2026-07-01' } });
    fireEvent.blur(field);
    await waitFor(async () => expect((await db.settings.get('reportingDate'))?.value).toBe('2026-07-01'));
    await undoKey(user);
    await waitFor(async () => expect(await db.settings.get('reportingDate')).toBeUndefined());
    expect(await screen.findByText('Undone: Reporting date set to 2026-07-01')).toBeInTheDocument();
    await redoKey(user);
    await waitFor(async () => expect((await db.settings.get('reportingDate'))?.value).toBe('2026-07-01'));
  });

  it('keeps the stack across a reload of the tab', async () => {
    const user = userEvent.setup();
    const { db, unmount } = renderApp('/priorities');
    await user.click(await screen.findByRole('button', { name: 'Delete priority M7' }));
    await waitFor(async () => expect(await db.priorityItems.get('priority-m7')).toBeUndefined());

    // A reload: the page and its memory go, the tab's sessionStorage stays.
    const stored = sessionStorage.getItem('action-line-tracker-undo');
    unmount();
    useUndoStore.setState({ past: [], future: [] });
    sessionStorage.setItem('action-line-tracker-undo', stored ?? '');
    await useUndoStore.persist.rehydrate();
    renderApp('/priorities', db);

    await screen.findByRole('button', { name: 'Delete priority M2' });
    await undoKey(user);
    await waitFor(() => expect(rowCodes()).toEqual(['M1b', 'M3', 'M2', 'M7', 'V1', 'V6', 'M8']));
    await redoKey(user);
    await waitFor(() => expect(rowCodes()).toEqual(['M1b', 'M3', 'M2', 'V1', 'V6', 'M8']));
  });

  it('drops a stack an older version of the app stored, whose changes it could not apply', async () => {
    const user = userEvent.setup();
    // Version 1's moves carried no keys and its priority reorders whole lists of ids.
    const change = { kind: 'priorityOrder', before: ['priority-m3', 'priority-m1b'], after: ['priority-m1b', 'priority-m3'] };
    const state = { past: [{ id: 1, label: 'Priority for M3 moved to position 1', change }], future: [], nextId: 2 };
    sessionStorage.setItem('action-line-tracker-undo', JSON.stringify({ state, version: 1 }));
    await useUndoStore.persist.rehydrate();
    expect(useUndoStore.getState().past).toEqual([]);
    const { db } = renderApp('/priorities');
    await screen.findByRole('button', { name: 'Delete priority M2' });
    await undoKey(user);
    expect(await screen.findByText('Nothing to undo.')).toBeInTheDocument();
    expect(await db.historyEntries.count()).toBe(0);
  });

  it('reverts one change of the history, records the revert and undoes it; refuses an entry a later change overtook', async () => {
    const user = userEvent.setup();
    const { db, panel, history } = await openPanel('M7');
    const leadUnit = within(panel).getByLabelText('Lead unit');
    await user.type(leadUnit, 'TSB{Enter}');
    await waitFor(async () => expect((await db.actionLines.get('M7'))?.leadUnit).toBe('TSB'));
    await user.clear(leadUnit);
    await user.type(leadUnit, 'BDT{Enter}');
    await waitFor(() => expect(within(history).getAllByRole('listitem')).toHaveLength(2));

    const [newest, oldest] = within(history).getAllByRole('listitem');
    const refused = within(oldest!).getByRole('button', { name: 'Revert this change' });
    expect(refused).toHaveAttribute('aria-disabled', 'true');
    await user.click(refused);
    expect(refused).toHaveAccessibleDescription(/a later change touched the same field/);
    expect((await db.actionLines.get('M7'))?.leadUnit).toBe('BDT');

    await user.click(within(newest!).getByRole('button', { name: 'Revert this change' }));
    await waitFor(async () => expect((await db.actionLines.get('M7'))?.leadUnit).toBe('TSB'));
    await waitFor(() => expect(within(history).getAllByRole('listitem')).toHaveLength(3));
    expect(within(history).getAllByRole('listitem')[0]).toHaveTextContent('Lead unit: BDT → TSB');
    expect(await screen.findByText('M7: Lead unit reverted')).toBeInTheDocument();

    await undoKey(user);
    await waitFor(async () => expect((await db.actionLines.get('M7'))?.leadUnit).toBe('BDT'));
  });
});
