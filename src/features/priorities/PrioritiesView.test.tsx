import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../../tests/helpers/renderApp';
import { updatePriorityItem } from '../../../tests/helpers/writeElsewhere';

function rowCodes() {
  return within(screen.getByRole('table')).getAllByRole('row').slice(1).map((row) => row.getAttribute('data-code'));
}

describe('PrioritiesView', () => {
  it('lists the seven priorities in the report order, each linking to its action line', async () => {
    renderApp('/priorities');
    expect(await screen.findByRole('heading', { level: 1, name: 'Priorities for 2025 and 2026' })).toBeInTheDocument();
    await waitFor(() => expect(rowCodes()).toEqual(['M1b', 'M3', 'M2', 'M7', 'V1', 'V6', 'M8']));
    expect(screen.getByRole('link', { name: 'Open action line M2' })).toHaveAttribute('href', '#/board?line=M2');
  });

  it('filters by year and sorts by target', async () => {
    const user = userEvent.setup();
    renderApp('/priorities');
    await screen.findByRole('link', { name: 'Open action line M2' });
    await user.selectOptions(screen.getByLabelText('Target year'), '2025');
    expect(rowCodes()).toEqual(['M1b', 'M3']);
    expect(screen.getByRole('button', { name: 'Move up priority M3' })).toBeDisabled();
    await user.selectOptions(screen.getByLabelText('Target year'), '');
    await user.selectOptions(screen.getByLabelText('Order'), 'target');
    expect(rowCodes()).toEqual(['M1b', 'M3', 'M2', 'M8', 'M7', 'V1', 'V6']);
  });

  it('refuses an invalid new priority, then adds a valid one', async () => {
    const user = userEvent.setup();
    const { db } = renderApp('/priorities');
    await user.click(await screen.findByRole('button', { name: 'Add a priority' }));
    expect(screen.getByRole('heading', { name: 'Add a priority', level: 2 })).toHaveFocus();
    await user.type(screen.getByLabelText('Target'), 'next year');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('alert')).toHaveTextContent('The priority was not saved');
    expect(screen.getByLabelText('Target')).toHaveAccessibleDescription(/Enter the target as a quarter/);
    expect(screen.getByLabelText('Action line')).toHaveAttribute('aria-invalid', 'true');
    expect(await db.priorityItems.count()).toBe(7);

    await user.selectOptions(screen.getByLabelText('Action line'), 'E1');
    await user.type(screen.getByLabelText('Action item'), 'Assess the events marketplace');
    await user.clear(screen.getByLabelText('Target'));
    await user.type(screen.getByLabelText('Target'), 'q1 2027');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(rowCodes()).toEqual(['M1b', 'M3', 'M2', 'M7', 'V1', 'V6', 'M8', 'E1']));
    const saved = (await db.priorityItems.toArray()).find((item) => item.lineCode === 'E1');
    expect(saved).toMatchObject({ text: 'Assess the events marketplace', target: 'Q1 2027', milestone: 'To be started' });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Add a priority' })).toHaveFocus());
  });

  it('edits a priority and records the change in history', async () => {
    const user = userEvent.setup();
    const { db } = renderApp('/priorities');
    await user.click(await screen.findByRole('button', { name: 'Edit priority V1' }));
    await user.selectOptions(screen.getByLabelText('Milestone status'), 'Ongoing');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await db.priorityItems.get('priority-v1'))?.milestone).toBe('Ongoing'));
    await waitFor(() => expect(within(screen.getByRole('row', { name: /V1/ })).getByText('Ongoing')).toBeInTheDocument());
    expect(await db.historyEntries.where('lineCode').equals('V1').count()).toBe(1);
  });

  it('says when a row contradicts its line, and brings it in line with one click, recorded and undoable', async () => {
    const user = userEvent.setup();
    const { db } = renderApp('/priorities');
    await screen.findByRole('link', { name: 'Open action line M2' });
    await db.actionLines.update('M2', { status: 'Completed' });
    const row = () => screen.getByRole('row', { name: /M2/ });
    expect(await within(row()).findByText('Its line M2 is Completed; this row is not.')).toBeInTheDocument();
    expect(within(screen.getByRole('row', { name: /M7/ })).queryByText(/Its line/)).not.toBeInTheDocument();

    await user.click(within(row()).getByRole('button', { name: 'Mark the priority item of M2 Completed, as its line' }));
    await waitFor(async () => expect((await db.priorityItems.get('priority-m2'))?.milestone).toBe('Completed'));
    await waitFor(() => expect(within(row()).queryByText(/Its line/)).not.toBeInTheDocument());
    const entries = await db.historyEntries.where('lineCode').equals('M2').toArray();
    expect(entries.map((entry) => [entry.field, entry.from, entry.to])).toContainEqual(['priorityItem.milestone', 'Ongoing', 'Completed']);

    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await db.priorityItems.get('priority-m2'))?.milestone).toBe('Ongoing'));
    expect(await within(row()).findByText('Its line M2 is Completed; this row is not.')).toBeInTheDocument();
  });

  it('saves only the fields the user changed, and never over a change made elsewhere meanwhile', async () => {
    const user = userEvent.setup();
    const { db } = renderApp('/priorities');
    await user.click(await screen.findByRole('button', { name: 'Edit priority V1' }));
    // Another tab changes the target while this form is open.
    await updatePriorityItem(db, 'priority-v1', { target: 'Q4 2027' });
    await user.selectOptions(screen.getByLabelText('Milestone status'), 'Ongoing');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await db.priorityItems.get('priority-v1'))?.milestone).toBe('Ongoing'));
    expect((await db.priorityItems.get('priority-v1'))?.target).toBe('Q4 2027');

    await user.click(await screen.findByRole('button', { name: 'Edit priority V1' }));
    await updatePriorityItem(db, 'priority-v1', { milestone: 'Completed' });
    await user.selectOptions(screen.getByLabelText('Milestone status'), 'To be started');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/V1: not saved, because this priority was changed elsewhere/)).toBeInTheDocument();
    expect((await db.priorityItems.get('priority-v1'))?.milestone).toBe('Completed');
    expect(screen.getByLabelText('Milestone status')).toHaveValue('To be started');
  });

  it('deletes a priority and brings it back with Undo', async () => {
    const user = userEvent.setup();
    const { db } = renderApp('/priorities');
    await user.click(await screen.findByRole('button', { name: 'Delete priority M7' }));
    await waitFor(() => expect(rowCodes()).toEqual(['M1b', 'M3', 'M2', 'V1', 'V6', 'M8']));
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(rowCodes()).toEqual(['M1b', 'M3', 'M2', 'M7', 'V1', 'V6', 'M8']));
    expect(await db.priorityItems.count()).toBe(7);
  });

  it('reorders rows and saves the new order', async () => {
    const user = userEvent.setup();
    const { db } = renderApp('/priorities');
    await user.click(await screen.findByRole('button', { name: 'Move down priority M1b' }));
    await waitFor(() => expect(rowCodes()).toEqual(['M3', 'M1b', 'M2', 'M7', 'V1', 'V6', 'M8']));
    await waitFor(async () => expect((await db.priorityItems.orderBy('rank').first())?.lineCode).toBe('M3'));
    expect(screen.getByRole('button', { name: 'Move down priority M1b' })).toHaveFocus();
  });

  it('rolls back and says so when a write fails', async () => {
    const user = userEvent.setup();
    const { db } = renderApp('/priorities');
    await screen.findByRole('button', { name: 'Delete priority M2' });
    db.historyEntries.hook('creating', () => {
      throw new Error('disk on fire');
    });
    await user.click(screen.getByRole('button', { name: 'Delete priority M2' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The change could not be saved');
    await waitFor(() => expect(rowCodes()).toContain('M2'));
    expect(await db.priorityItems.count()).toBe(7);
  });
});
