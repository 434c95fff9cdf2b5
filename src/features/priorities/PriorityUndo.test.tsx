import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../../tests/helpers/renderApp';

type User = ReturnType<typeof userEvent.setup>;
const undoKey = (user: User) => user.keyboard('{Control>}z{/Control}');
const redoKey = (user: User) => user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');

const SEED = ['M1b', 'M3', 'M2', 'M7', 'V1', 'V6', 'M8'];

function rowCodes() {
  return within(screen.getByRole('table')).getAllByRole('row').slice(1).map((row) => row.getAttribute('data-code'));
}

async function openPriorities() {
  const utils = renderApp('/priorities');
  await waitFor(() => expect(rowCodes()).toEqual(SEED));
  return utils;
}

describe('undo and redo of priority changes, with Ctrl+Z outside the board', () => {
  it('undoes and redoes an added priority', async () => {
    const user = userEvent.setup();
    const { db } = await openPriorities();
    await user.click(screen.getByRole('button', { name: 'Add a priority' }));
    await user.selectOptions(screen.getByLabelText('Action line'), 'E1');
    await user.type(screen.getByLabelText('Action item'), 'Assess the events marketplace');
    await user.type(screen.getByLabelText('Target'), 'Q1 2027');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(rowCodes()).toEqual([...SEED, 'E1']));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Add a priority' })).toHaveFocus());
    await undoKey(user);
    await waitFor(() => expect(rowCodes()).toEqual(SEED));
    expect(await screen.findByText('Undone: Priority for E1 added')).toBeInTheDocument();
    await redoKey(user);
    await waitFor(() => expect(rowCodes()).toEqual([...SEED, 'E1']));
    await waitFor(async () => expect(await db.priorityItems.count()).toBe(8));
  });

  it('undoes and redoes an edit, recording each in the history', async () => {
    const user = userEvent.setup();
    const { db } = await openPriorities();
    await user.click(screen.getByRole('button', { name: 'Edit priority V1' }));
    await user.selectOptions(screen.getByLabelText('Milestone status'), 'Ongoing');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await db.priorityItems.get('priority-v1'))?.milestone).toBe('Ongoing'));
    await undoKey(user);
    await waitFor(async () => expect((await db.priorityItems.get('priority-v1'))?.milestone).toBe('To be started'));
    await redoKey(user);
    await waitFor(async () => expect((await db.priorityItems.get('priority-v1'))?.milestone).toBe('Ongoing'));
    const history = await db.historyEntries.where('lineCode').equals('V1').toArray();
    expect(history.map((entry) => entry.to)).toEqual(['Ongoing', 'To be started', 'Ongoing']);
  });

  it('undoes and redoes a reorder', async () => {
    const user = userEvent.setup();
    await openPriorities();
    await user.click(screen.getByRole('button', { name: 'Move down priority M1b' }));
    await waitFor(() => expect(rowCodes()).toEqual(['M3', 'M1b', 'M2', 'M7', 'V1', 'V6', 'M8']));
    await undoKey(user);
    await waitFor(() => expect(rowCodes()).toEqual(SEED));
    await redoKey(user);
    await waitFor(() => expect(rowCodes()).toEqual(['M3', 'M1b', 'M2', 'M7', 'V1', 'V6', 'M8']));
  });

  it('brings a deleted priority back whole with Ctrl+Z, and deletes it again with Ctrl+Shift+Z', async () => {
    const user = userEvent.setup();
    const { db } = await openPriorities();
    const stored = await db.priorityItems.get('priority-m7');
    await user.click(screen.getByRole('button', { name: 'Delete priority M7' }));
    await waitFor(() => expect(rowCodes()).toEqual(['M1b', 'M3', 'M2', 'V1', 'V6', 'M8']));
    await undoKey(user);
    await waitFor(() => expect(rowCodes()).toEqual(SEED));
    // Back whole; restoring it is a change, so it carries the time of the restore.
    expect(await db.priorityItems.get('priority-m7')).toEqual({ ...stored, updatedAt: expect.any(String) });
    await redoKey(user);
    await waitFor(() => expect(rowCodes()).toEqual(['M1b', 'M3', 'M2', 'V1', 'V6', 'M8']));
  });
});
