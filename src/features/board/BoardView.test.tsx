import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../../tests/helpers/renderApp';

function column(name: string) {
  return screen.getByRole('region', { name });
}

function cardCodes(columnName: string) {
  return within(column(columnName))
    .queryAllByRole('article')
    .map((card) => card.getAttribute('data-code'));
}

describe('BoardView', () => {
  it('shows the 24 seeded lines in their status columns', async () => {
    renderApp('/board');
    expect(await screen.findByRole('heading', { level: 1, name: 'Board' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(24));
    expect(cardCodes('To be started')).toEqual(['E1', 'E4', 'E5', 'E6', 'E7', 'V7']);
    expect(cardCodes('Completed')).toEqual(['M1b', 'M3']);
    expect(cardCodes('Ongoing')).toHaveLength(16);
    expect(within(column('Ongoing')).getByText('16 action lines')).toBeInTheDocument();
    expect(screen.getByText(/24 lines, 18 started = 75%, 2 completed, 6 to be started/)).toBeInTheDocument();
  });

  it('moves a card with the Move menu and saves it', async () => {
    const user = userEvent.setup();
    const { db } = renderApp('/board');
    await user.click(await screen.findByRole('button', { name: 'Move M2' }));
    const menu = screen.getByRole('menu', { name: 'Move M2 to' });
    expect(within(menu).getAllByRole('menuitem').map((item) => item.textContent)).toEqual([
      'To be started',
      'Completed',
      'Move up',
      'Move down',
    ]);
    await user.click(within(menu).getByRole('menuitem', { name: 'Completed' }));
    await waitFor(() => expect(cardCodes('Completed')).toEqual(['M1b', 'M3', 'M2']));
    expect(await screen.findByText('M2 moved to Completed')).toBeInTheDocument();
    await waitFor(async () => expect((await db.actionLines.get('M2'))?.status).toBe('Completed'));
    expect(screen.getByRole('button', { name: 'Move M2' })).toHaveFocus();
  });

  it('moves a card down within its column', async () => {
    const user = userEvent.setup();
    renderApp('/board');
    await user.click(await screen.findByRole('button', { name: 'Move M1b' }));
    await user.click(screen.getByRole('menuitem', { name: 'Move down' }));
    await waitFor(() => expect(cardCodes('Completed')).toEqual(['M3', 'M1b']));
  });

  it('rolls a move back and says so when the write fails', async () => {
    const user = userEvent.setup();
    const { db } = renderApp('/board');
    await screen.findByRole('button', { name: 'Move E1' });
    db.historyEntries.hook('creating', () => {
      throw new Error('disk on fire');
    });
    await user.click(screen.getByRole('button', { name: 'Move E1' }));
    await user.click(screen.getByRole('menuitem', { name: 'Completed' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('E1 could not be moved');
    await waitFor(() => expect(cardCodes('To be started')).toContain('E1'));
    expect(cardCodes('Completed')).toEqual(['M1b', 'M3']);
    expect((await db.actionLines.get('E1'))?.status).toBe('To be started');
  });

  it('closes the menu with Escape and returns focus to its button', async () => {
    const user = userEvent.setup();
    renderApp('/board');
    const button = await screen.findByRole('button', { name: 'Move V7' });
    await user.click(button);
    expect(screen.getAllByRole('menuitem')[0]).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getAllByRole('menuitem')[1]).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  });
});
