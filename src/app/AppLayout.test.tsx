import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../tests/helpers/renderApp';

describe('AppLayout', () => {
  it('navigates between the four views by their links', async () => {
    const user = userEvent.setup();
    renderApp('/board');
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(nav).toBeInTheDocument();
    for (const [link, heading] of [
      ['Dashboard', /^Dashboard/],
      ['Priorities', /^Priorities for 2025 and 2026/],
      ['Snapshots', /^Snapshots/],
      ['Board', /^Board/],
    ] as const) {
      await user.click(screen.getByRole('link', { name: link }));
      // A view's first visit fetches its code and messages; slow test machines need the room.
      expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
      expect(screen.getByRole('link', { name: link })).toHaveAttribute('aria-current', 'page');
    }
  });

  it('says where the seed data came from', async () => {
    renderApp('/dashboard');
    expect(await screen.findByText('Seeded from CWG-FHR report; verify against Annex 2.')).toBeInTheDocument();
  });

  it('names the source document as the report does, and no internal file name', async () => {
    const user = userEvent.setup();
    renderApp('/dashboard');
    const line = (await screen.findByText(/^Seeded from: /)).closest('p');
    expect(line).toHaveTextContent(
      "Seeded from: Secretariat report to the Council Working Group on financial and human resources (CWG-FHR) on the implementation of ITU's resource mobilization strategy",
    );
    // Counted apart from the lines, it may follow them by a moment.
    await waitFor(() => expect(line).toHaveTextContent('10 of 24 statuses inferred'));
    expect(document.body).not.toHaveTextContent('003_');
    // The line sits near the top; its link opens the full note at the page's end (loaded once the
    // page is idle) and moves focus there.
    await screen.findByText(/^Source:/);
    await user.click(screen.getByRole('link', { name: 'Full note on the seed data' }));
    const note = document.getElementById('source-note');
    expect(note).toHaveAttribute('open');
    expect(note?.querySelector('summary')).toHaveFocus();
    expect(note).toHaveTextContent("Source: Secretariat report to the Council Working Group on financial and human resources (CWG-FHR) on the implementation of ITU's resource mobilization strategy, Annex 2");
    expect(window.location.hash).toBe('#/dashboard');
  });

  it('redirects the root address to the board', async () => {
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Board' })).toBeInTheDocument();
  });

  it('shows a not-found page for an unknown address, with a way back to the board', async () => {
    const user = userEvent.setup();
    renderApp('/nowhere');
    expect(await screen.findByRole('heading', { level: 1, name: 'There is no page at this address.' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Go to the board' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Board' })).toBeInTheDocument();
    expect(window.location.hash).toBe('#/board');
  });

  it('moves focus to the main content from the skip link and keeps the address', async () => {
    const user = userEvent.setup();
    renderApp('/board?status=Ongoing');
    await screen.findByRole('heading', { level: 1, name: 'Board' });
    await user.click(screen.getByRole('link', { name: 'Skip to content' }));
    expect(screen.getByRole('main')).toHaveFocus();
    expect(window.location.hash).toBe('#/board?status=Ongoing');
  });
});
