import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../../tests/helpers/renderApp';
import { createTestDatabase, storedMilestone, storedMilestones, storeMilestones } from '../../../tests/helpers/testDatabase';
import { isolate } from '../../i18n';
import type { Milestone } from '../../domain';

const base = { lineCode: 'V2', target: null, status: 'To be started', completedOn: null, updatedAt: null, updatedBy: null } as const;
const FIRST: Milestone = { ...base, id: 'm-first', title: 'Consult the SAGs', rank: 'a0' };
const SECOND: Milestone = { ...base, id: 'm-second', title: 'Draft the pledge', rank: 'a1' };

type User = ReturnType<typeof userEvent.setup>;
const undoKey = (user: User) => user.keyboard('{Control>}z{/Control}');
const redoKey = (user: User) => user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');

/** The V2 panel, with two milestones stored before the page opened. */
async function openPanel() {
  const db = createTestDatabase();
  await storeMilestones(db, [FIRST, SECOND]);
  const utils = renderApp('/board?line=V2', db);
  const panel = await screen.findByRole('dialog', { name: 'V2 details' });
  await within(panel).findByRole('listitem', { name: `Milestone 2: ${isolate(SECOND.title)}` });
  return { ...utils, panel };
}

/** Leaves a text field, whose own undo would otherwise take Ctrl+Z. */
const leaveField = (user: User, panel: HTMLElement) => user.click(within(panel).getByRole('heading', { name: 'Milestones' }));

const titles = (panel: HTMLElement) =>
  within(panel)
    .queryAllByRole('listitem', { name: /^Milestone \d/ })
    .map((item) => within(item).getByLabelText('Milestone title').getAttribute('value'));

describe('undo and redo of milestone changes', () => {
  it('undoes and redoes an added milestone', async () => {
    const user = userEvent.setup();
    const { db, panel } = await openPanel();
    await user.type(within(panel).getByLabelText('New milestone title'), 'Pilot AI for Good{Enter}');
    expect(await screen.findByText(`Milestone “${isolate('Pilot AI for Good')}” added`)).toBeInTheDocument();
    const added = (await storedMilestones(db)).find((m) => m.title === 'Pilot AI for Good');
    await leaveField(user, panel);
    await undoKey(user);
    await waitFor(async () => expect((await storedMilestones(db)).length).toBe(2));
    await waitFor(() => expect(titles(panel)).toEqual([FIRST.title, SECOND.title]));
    await redoKey(user);
    await waitFor(async () => expect(await storedMilestone(db, added!.id)).toEqual({ ...added, updatedAt: expect.any(String) }));
    expect(await screen.findByText(`Redone: Milestone “${isolate('Pilot AI for Good')}” added`)).toBeInTheDocument();
  });

  it('undoes and redoes an edited title, recording each in the history', async () => {
    const user = userEvent.setup();
    const { db, panel } = await openPanel();
    const row = within(panel).getByRole('listitem', { name: `Milestone 1: ${isolate(FIRST.title)}` });
    const title = within(row).getByLabelText('Milestone title');
    await user.clear(title);
    await user.type(title, 'Consult every SAG{Enter}');
    await waitFor(async () => expect((await storedMilestone(db, FIRST.id))?.title).toBe('Consult every SAG'));
    await leaveField(user, panel);
    await undoKey(user);
    await waitFor(async () => expect((await storedMilestone(db, FIRST.id))?.title).toBe(FIRST.title));
    await redoKey(user);
    await waitFor(async () => expect((await storedMilestone(db, FIRST.id))?.title).toBe('Consult every SAG'));
    const history = (await db.historyEntries.where('lineCode').equals('V2').toArray()).filter((entry) => entry.entityId === FIRST.id);
    expect(history.map((entry) => [entry.field, entry.to])).toEqual([
      ['milestone.title', 'Consult every SAG'],
      ['milestone.title', FIRST.title],
      ['milestone.title', 'Consult every SAG'],
    ]);
  });

  it('undoes a completion with Ctrl+Z while the status select that saved it still has focus', async () => {
    const user = userEvent.setup();
    const { db, panel } = await openPanel();
    const row = within(panel).getByRole('listitem', { name: `Milestone 2: ${isolate(SECOND.title)}` });
    await user.selectOptions(within(row).getByLabelText('Status'), 'Completed');
    await waitFor(async () => expect((await storedMilestone(db, SECOND.id))?.completedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/));
    expect(within(row).getByLabelText('Status')).toHaveFocus();
    await undoKey(user);
    await waitFor(async () => expect(await storedMilestone(db, SECOND.id)).toEqual({ ...SECOND, updatedAt: expect.any(String) }));
    await redoKey(user);
    await waitFor(async () => expect((await storedMilestone(db, SECOND.id))?.status).toBe('Completed'));
    expect(await within(panel).findByText('1 of 2 completed')).toBeInTheDocument();
  });

  it('undoes and redoes a reorder', async () => {
    const user = userEvent.setup();
    const { panel } = await openPanel();
    await user.click(within(panel).getByRole('button', { name: `Move milestone ${isolate(SECOND.title)} up` }));
    await waitFor(() => expect(titles(panel)).toEqual([SECOND.title, FIRST.title]));
    await undoKey(user);
    await waitFor(() => expect(titles(panel)).toEqual([FIRST.title, SECOND.title]));
    await redoKey(user);
    await waitFor(() => expect(titles(panel)).toEqual([SECOND.title, FIRST.title]));
  });

  it('brings a deleted milestone back whole, at its place, from Ctrl+Z as from the toast', async () => {
    const user = userEvent.setup();
    const { db, panel } = await openPanel();
    await user.selectOptions(within(panel).getAllByLabelText('Status')[1]!, 'Ongoing');
    await waitFor(async () => expect((await storedMilestone(db, FIRST.id))?.status).toBe('Ongoing'));
    const stored = await storedMilestone(db, FIRST.id);
    await user.click(within(panel).getByRole('button', { name: `Delete milestone ${isolate(FIRST.title)}` }));
    await waitFor(() => expect(titles(panel)).toEqual([SECOND.title]));
    expect(await screen.findByText(`Milestone “${isolate(FIRST.title)}” deleted`)).toBeInTheDocument();
    await undoKey(user);
    await waitFor(() => expect(titles(panel)).toEqual([FIRST.title, SECOND.title]));
    // Back whole; restoring it is a change, so it carries the time of the restore.
    expect(await storedMilestone(db, FIRST.id)).toEqual({ ...stored, updatedAt: expect.any(String) });
    // Its toast goes with it: an Undo left there would have nothing to undo.
    expect(screen.queryByText(`Milestone “${isolate(FIRST.title)}” deleted`)).not.toBeInTheDocument();
    await redoKey(user);
    await waitFor(() => expect(titles(panel)).toEqual([SECOND.title]));
    // The toast of a new delete undoes through the same stack: Ctrl+Z afterwards undoes the change before.
    await user.click(within(panel).getByRole('button', { name: `Delete milestone ${isolate(SECOND.title)}` }));
    const toast = await screen.findByText(`Milestone “${isolate(SECOND.title)}” deleted`);
    await user.click(within(toast.closest('.toast') as HTMLElement).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(titles(panel)).toEqual([SECOND.title]));
    await undoKey(user);
    await waitFor(() => expect(titles(panel)).toEqual([FIRST.title, SECOND.title]));
  });

  it('draws the toasts inside the open card panel, so that they show above it and their Undo can be reached', async () => {
    const user = userEvent.setup();
    const { panel } = await openPanel();
    await user.click(within(panel).getByRole('button', { name: `Delete milestone ${isolate(FIRST.title)}` }));
    const toast = await screen.findByText(`Milestone “${isolate(FIRST.title)}” deleted`);
    expect(panel).toContainElement(toast);
  });
});
