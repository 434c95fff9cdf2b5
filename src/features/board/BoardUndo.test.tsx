import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../../tests/helpers/renderApp';
import { moveActionLine } from '../../../tests/helpers/writeElsewhere';
import { linesInStatus } from '../../domain';

const codesIn = (status: string) =>
  within(screen.getByRole('region', { name: status }))
    .queryAllByRole('article')
    .map((card) => card.getAttribute('data-code'));

async function moveWithMenu(user: ReturnType<typeof userEvent.setup>, code: string, status: string) {
  await user.click(await screen.findByRole('button', { name: `Move ${code}` }));
  await user.click(screen.getByRole('menuitem', { name: status }));
  await waitFor(() => expect(codesIn(status)).toContain(code));
}

describe('undo and redo on the board', () => {
  it('undoes a move from the toast and records the undo in the history', async () => {
    const user = userEvent.setup();
    const { db } = renderApp('/board');
    await screen.findByRole('button', { name: 'Move M2' });
    const rank = (await db.actionLines.get('M2'))?.rank;
    await moveWithMenu(user, 'M2', 'Completed');
    const toast = await screen.findByText('M2 moved to Completed');
    await user.click(within(toast.closest('.toast') as HTMLElement).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(codesIn('Ongoing')).toContain('M2'));
    await waitFor(async () => {
      const history = await db.historyEntries.where('lineCode').equals('M2').toArray();
      expect(history.map((entry) => [entry.from, entry.to])).toEqual([
        ['Ongoing', 'Completed'],
        ['Completed', 'Ongoing'],
      ]);
    });
    expect(codesIn('Ongoing').indexOf('M2')).toBe(2);
    // Back with the key it had, which still sits between its old neighbours.
    expect((await db.actionLines.get('M2'))?.rank).toBe(rank);
  });

  it('puts an undone move back at its old position with a new key when another card took its old one', async () => {
    const user = userEvent.setup();
    const { db } = renderApp('/board');
    await moveWithMenu(user, 'M2', 'Completed');
    await screen.findByText('M2 moved to Completed');
    // Another tab moves V6 into the gap M2 left, and it takes the key M2 had there.
    await moveActionLine(db, 'V6', 'Ongoing', 2);
    await waitFor(() => expect(codesIn('Ongoing').indexOf('V6')).toBe(2));
    expect((await db.actionLines.get('V6'))?.rank).toBe('a2');
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(codesIn('Ongoing').slice(0, 4)).toEqual(['M1', 'M1a', 'M2', 'V6']));
    await waitFor(async () => expect((await db.actionLines.get('M2'))?.status).toBe('Ongoing'));
    const ongoing = linesInStatus(await db.actionLines.toArray(), 'Ongoing');
    expect(ongoing.map((line) => line.code).slice(0, 4)).toEqual(['M1', 'M1a', 'M2', 'V6']);
    expect(new Set(ongoing.map((line) => line.rank)).size).toBe(ongoing.length);
  });

  it('undoes with Ctrl+Z and redoes with Ctrl+Shift+Z', async () => {
    const user = userEvent.setup();
    const { db } = renderApp('/board');
    await moveWithMenu(user, 'E5', 'Ongoing');
    await moveWithMenu(user, 'E6', 'Completed');
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(codesIn('To be started')).toContain('E6'));
    expect(codesIn('Ongoing')).toContain('E5');
    expect(await screen.findByText('Undone: E6 moved to Completed')).toBeInTheDocument();
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(codesIn('To be started')).toContain('E5'));
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    await waitFor(() => expect(codesIn('Ongoing')).toContain('E5'));
    await waitFor(async () => expect((await db.actionLines.get('E5'))?.status).toBe('Ongoing'));
    expect((await db.actionLines.get('E6'))?.status).toBe('To be started');
  });

  it('says so when there is nothing to undo', async () => {
    const user = userEvent.setup();
    renderApp('/board');
    await screen.findByRole('button', { name: 'Move M1' });
    await user.keyboard('{Control>}z{/Control}');
    expect(await screen.findByText('Nothing to undo.')).toBeInTheDocument();
  });

  it('undoes the move just made when Ctrl+Z comes before that move is saved', async () => {
    const user = userEvent.setup();
    const { db } = renderApp('/board');
    await moveWithMenu(user, 'E5', 'Ongoing');
    await screen.findByText('E5 moved to Ongoing');
    // Another write keeps the table busy, so the next move stays unsaved for a while.
    let isHeld = true;
    const blocker = db.transaction('rw', db.actionLines, async () => {
      while (isHeld) await db.actionLines.get('E5');
    });
    await moveWithMenu(user, 'E6', 'Completed');
    await user.keyboard('{Control>}z{/Control}');
    isHeld = false;
    await blocker;
    expect(await screen.findByText('Undone: E6 moved to Completed')).toBeInTheDocument();
    await waitFor(async () => expect((await db.actionLines.get('E6'))?.status).toBe('To be started'));
    expect((await db.actionLines.get('E5'))?.status).toBe('Ongoing');
    expect(codesIn('Ongoing')).toContain('E5');
  });
});
