import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../../tests/helpers/renderApp';

const INFERRED_NAME = 'Status inferred, not stated by the report: verify against Annex 2';
const visibleCodes = () => screen.queryAllByRole('article').map((card) => card.getAttribute('data-code'));
const footerNote = () => screen.getByText(/statuses inferred from the report's totals; verify against Annex 2/);

async function openPanel(code: string) {
  const utils = renderApp(`/board?line=${code}`);
  // The panel is loaded on demand: its first opening in a test file waits for the module.
  const panel = await screen.findByRole('dialog', { name: `${code} details` });
  const evidence = await within(panel).findByRole('region', { name: 'Where this status comes from' });
  return { ...utils, panel, evidence };
}

describe("a status's evidence", () => {
  it("shows the report's passages word for word, with document and section, under a stated status", async () => {
    const { evidence } = await openPanel('M3');
    expect(within(evidence).getByText('Stated by the report')).toBeInTheDocument();
    const quotes = within(evidence).getAllByRole('figure');
    // A table row quotes its cells (action item, milestone, target).
    expect([...(quotes[0]?.querySelectorAll('blockquote > span') ?? [])].map((cell) => cell.textContent)).toEqual([
      'Identify key non-member companies from under-represented parts of the digital ecosystem to join ITU.',
      'Completed',
      'Q3 2025',
    ]);
    expect(quotes[0]).toHaveTextContent(/CWG-FHR\) on the implementation of ITU's resource mobilization strategy, section “Priorities for 2025 and 2026”/);
  });

  it('confirms an inferred status in one click: the history says so, the marks and the footer count follow', async () => {
    const user = userEvent.setup();
    const { db, panel, evidence } = await openPanel('V4');
    expect(within(evidence).getByText("Inferred from the report's totals")).toBeInTheDocument();
    expect(
      within(evidence).getByText("Not mentioned in the report; counted as started so that the report's total of 18 started lines holds."),
    ).toBeInTheDocument();
    // The footer's note loads once the page is idle.
    await waitFor(() => expect(footerNote()).toHaveTextContent("10 of 24 statuses inferred from the report's totals; verify against Annex 2"));

    await user.click(within(evidence).getByRole('button', { name: 'Confirm status' }));
    await waitFor(async () => expect((await db.actionLines.get('V4'))?.statusSource).toBe('person'));
    expect((await db.actionLines.get('V4'))?.status).toBe('Ongoing');
    const history = within(panel).getByRole('region', { name: 'History' });
    await waitFor(() =>
      expect(within(history).getByRole('listitem')).toHaveTextContent("Status confirmed by this browser: Inferred from the report's totals → Ongoing"),
    );
    expect(within(evidence).getByText('Set by a person')).toBeInTheDocument();
    expect(within(evidence).queryByRole('button', { name: 'Confirm status' })).not.toBeInTheDocument();
    await waitFor(() => expect(footerNote()).toHaveTextContent(/^9 of 24 statuses/));
  });

  it('marks inferred cards and filters the board to the statuses still to verify, in the URL', async () => {
    const user = userEvent.setup();
    renderApp('/board');
    await screen.findAllByRole('article');
    expect(screen.getAllByRole('img', { name: INFERRED_NAME })).toHaveLength(10);
    await user.click(screen.getByRole('checkbox', { name: 'To verify' }));
    await waitFor(() => expect(visibleCodes()).toHaveLength(10));
    expect(visibleCodes()).toEqual(expect.arrayContaining(['M1', 'M1a', 'M4', 'M5', 'E2', 'E3', 'V1', 'V2', 'V4', 'V6']));
    expect(window.location.hash).toContain('verify=1');
  });

  it('makes a status set by a person when a user changes it', async () => {
    const user = userEvent.setup();
    const { db, panel } = await openPanel('M1');
    await user.selectOptions(within(panel).getByLabelText('Status'), 'Completed');
    await waitFor(async () => expect(await db.actionLines.get('M1')).toMatchObject({ status: 'Completed', statusSource: 'person' }));
    expect((await db.actionLines.get('M1'))?.completedYear).toBe(new Date().getFullYear());
  });
});
