import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../../tests/helpers/renderApp';
import { isolate } from '../../i18n';

const visibleCodes = () => screen.queryAllByRole('article').map((card) => card.getAttribute('data-code'));

describe('board filters and search', () => {
  it('reads filters from the URL', async () => {
    renderApp('/board?area=V&status=To%20be%20started');
    await waitFor(() => expect(visibleCodes()).toEqual(['V7']));
    expect(screen.getByText('Showing 1 of 24 action lines')).toBeInTheDocument();
    expect(screen.getByLabelText('Area')).toHaveValue('V');
  });

  it('drops unknown and repeated values from the address with a notice, so the menus show what filters the board', async () => {
    renderApp('/board?area=ZZ&lead=Nobody&status=M2');
    expect(await screen.findByText(/the menus do not offer, so they were removed: .*area=ZZ.*status=M2.*lead=Nobody/)).toBeInTheDocument();
    await waitFor(() => expect(screen.getByText('Showing 24 of 24 action lines')).toBeInTheDocument());
    expect(screen.getByLabelText('Area')).toHaveValue('');
    expect(screen.getByLabelText('Lead unit')).toHaveValue('');
    expect(window.location.hash).toBe('#/board');
  });

  it('keeps one of repeated areas, the one the menu shows', async () => {
    renderApp('/board?area=M&area=E');
    expect(await screen.findByText(/so they were removed: .*area=E/)).toBeInTheDocument();
    await waitFor(() => expect(visibleCodes().every((code) => code?.startsWith('M'))).toBe(true));
    expect(screen.getByLabelText('Area')).toHaveValue('M');
    expect(window.location.hash).toBe('#/board?area=M');
  });

  it('searches code, title and text, writes the URL, and clears', async () => {
    const user = userEvent.setup();
    renderApp('/board');
    await screen.findAllByRole('article');
    await user.type(screen.getByLabelText('Search'), 'WIPO');
    await waitFor(() => expect(visibleCodes()).toEqual(['E7']));
    expect(window.location.hash).toContain('q=WIPO');
    expect(within(screen.getByRole('region', { name: 'Ongoing' })).getByText('No matching action lines.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(visibleCodes()).toHaveLength(24));
    expect(window.location.hash).not.toContain('q=');
  });

  it('shows only priorities, and only overdue lines against the reporting date', async () => {
    const user = userEvent.setup();
    const { db } = renderApp('/board');
    await db.settings.put({ key: 'reportingDate', value: '2026-07-15' });
    await screen.findAllByRole('article');
    await user.click(screen.getByLabelText('Priorities only'));
    await waitFor(() => expect(visibleCodes().sort()).toEqual(['M1b', 'M2', 'M3', 'M7', 'M8', 'V1', 'V6'].sort()));
    await user.click(screen.getByLabelText('Priorities only'));
    await user.click(screen.getByLabelText('Overdue only'));
    await waitFor(() => expect(visibleCodes().sort()).toEqual(['M2', 'M8']));
    const card = screen.getAllByRole('article')[0] as HTMLElement;
    expect(within(card).getByText('Overdue')).toBeInTheDocument();
  });

  it('groups the board into swimlanes by area', async () => {
    const user = userEvent.setup();
    renderApp('/board');
    await screen.findAllByRole('article');
    await user.click(screen.getByRole('switch', { name: 'Group by area of action' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'M. Strengthen membership' })).toBeInTheDocument();
    const lane = screen.getByRole('region', { name: `${isolate('Leverage events, products, and services')}, To be started` });
    expect(within(lane).getAllByRole('article').map((c) => c.getAttribute('data-code'))).toEqual(['E1', 'E4', 'E5', 'E6', 'E7']);
  });

  it('finds the lines no one has assessed, and keeps that filter in the address', async () => {
    const user = userEvent.setup();
    const { db } = renderApp('/board');
    await screen.findAllByRole('article');
    await db.actionLines.update('M2', { health: 'at-risk' });
    await user.selectOptions(screen.getByLabelText('Health'), 'Not assessed');
    await waitFor(() => expect(screen.getByText('Showing 23 of 24 action lines')).toBeInTheDocument());
    expect(visibleCodes()).not.toContain('M2');
    expect(window.location.hash).toContain('health=none');
  });
});
