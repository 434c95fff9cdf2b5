import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../../tests/helpers/renderApp';
import { createTestDatabase, storedMilestones } from '../../../tests/helpers/testDatabase';
import { isolate } from '../../i18n';

async function openPanel(code: string) {
  const utils = renderApp(`/board?line=${code}`);
  const panel = await screen.findByRole('dialog', { name: `${code} details` });
  // The panel's body renders just after the panel opens.
  await within(panel).findByRole('region', { name: 'History' });
  return { ...utils, panel };
}

describe('the card panel', () => {
  it('opens from a card click and puts the line in the URL', async () => {
    const user = userEvent.setup();
    renderApp('/board');
    const card = await screen.findByRole('article', { name: 'Review Sector membership benefits and fees' });
    await user.click(within(card).getByRole('button', { name: 'Review Sector membership benefits and fees' }));
    expect(await screen.findByRole('dialog', { name: 'M2 details' })).toBeInTheDocument();
    expect(window.location.hash).toContain('line=M2');
    await user.click(screen.getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(window.location.hash).not.toContain('line=');
  });

  it('saves edited fields and lists them in the history, newest first', async () => {
    const user = userEvent.setup();
    const { db, panel } = await openPanel('M7');
    await user.type(within(panel).getByLabelText('Lead unit'), 'TSB{Enter}');
    await user.selectOptions(within(panel).getByLabelText('Health'), 'at-risk');
    const target = within(panel).getByLabelText('Target quarter');
    await user.clear(target);
    await user.type(target, 'Q4 2026');
    await user.type(within(panel).getByLabelText('Phase label (optional)'), 'Phase 2{Enter}');
    await waitFor(async () => {
      const line = await db.actionLines.get('M7');
      expect(line).toMatchObject({ leadUnit: 'TSB', health: 'at-risk', target: 'Phase 2: Q4 2026' });
    });
    const history = within(panel).getByRole('region', { name: 'History' });
    await waitFor(() => expect(within(history).getAllByRole('listitem')).toHaveLength(4));
    const entries = within(history).getAllByRole('listitem').map((item) => item.textContent);
    expect(entries[0]).toContain('Target quarter: Q4 2026 → Phase 2: Q4 2026');
    expect(entries[3]).toContain('Lead unit: (empty) → TSB');
    // The card says what the word is, for a screen reader, and shows its shape as well as its colour.
    const badge = document.querySelector('article[data-code="M7"] .health-badge--at-risk');
    expect(badge?.textContent).toBe('Health: !At risk');
    expect(badge?.querySelector('[aria-hidden="true"]')?.textContent).toBe('!');
  });

  it('refuses an empty title and a malformed quarter, saving nothing', async () => {
    const user = userEvent.setup();
    const { db, panel } = await openPanel('M1');
    const title = within(panel).getByLabelText('Title');
    await user.clear(title);
    await user.tab();
    expect(await within(panel).findByText('Enter a title.')).toBeInTheDocument();
    expect(title).toHaveAttribute('aria-invalid', 'true');
    await user.type(within(panel).getByLabelText('Target quarter'), 'Q5 2026{Enter}');
    expect(await within(panel).findByText('Write a quarter and year, for example Q3 2025, or a period of years, for example 2026-2028.')).toBeInTheDocument();
    expect(await db.actionLines.get('M1')).toMatchObject({
      title: 'Secretariat to develop a more attractive presentation of its budget and unmet needs',
      target: null,
    });
    expect(await db.historyEntries.count()).toBe(0);
  });

  it('refuses a lead unit holding an invisible or direction-changing character, naming its position', async () => {
    const user = userEvent.setup();
    const { db, panel } = await openPanel('M1');
    const lead = within(panel).getByLabelText('Lead unit');
    // A zero-width space after "BDT" would make a second "BDT" in the lead unit filter.
    await user.type(lead, 'BDT\u200B{Enter}');
    expect(
      await within(panel).findByText(
        'Character 4 (U+200B) is invisible, a control character or changes the text direction. Remove it, so that this name cannot pass for another.',
      ),
    ).toBeInTheDocument();
    expect(lead).toHaveAttribute('aria-invalid', 'true');
    expect((await db.actionLines.get('M1'))?.leadUnit).toBe('');
    await user.clear(lead);
    await user.type(lead, 'BDT E\u0301quipe  Afrique{Enter}');
    // Saved in NFC, like codes; plain spaces are the name's own.
    await waitFor(async () => expect((await db.actionLines.get('M1'))?.leadUnit).toBe('BDT \u00C9quipe  Afrique'));
  });

  it('adds, completes, reorders and deletes milestones, with undo of the delete', async () => {
    const user = userEvent.setup();
    const { db, panel } = await openPanel('V2');
    await user.click(within(panel).getByRole('button', { name: 'Add milestone' }));
    expect(await within(panel).findByText('Enter a milestone title.')).toBeInTheDocument();
    await user.type(within(panel).getByLabelText('New milestone title'), 'Pilot Green Digital Action');
    await user.click(within(panel).getByRole('button', { name: 'Add milestone' }));
    await user.type(within(panel).getByLabelText('New milestone title'), 'Pilot AI for Good');
    await user.type(within(panel).getByLabelText('Target quarter (optional)'), 'Q2 2026');
    await user.click(within(panel).getByRole('button', { name: 'Add milestone' }));
    const second = await within(panel).findByRole('listitem', { name: `Milestone 2: ${isolate('Pilot AI for Good')}` });
    await user.selectOptions(within(second).getByLabelText('Status'), 'Completed');
    await waitFor(async () => expect((await storedMilestones(db)).find((m) => m.title === 'Pilot AI for Good')?.completedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/));
    expect(await within(panel).findByText('1 of 2 completed')).toBeInTheDocument();

    await user.click(within(panel).getByRole('button', { name: `Move milestone ${isolate('Pilot AI for Good')} up` }));
    expect(await within(panel).findByRole('listitem', { name: `Milestone 1: ${isolate('Pilot AI for Good')}` })).toBeInTheDocument();

    await user.click(within(panel).getByRole('button', { name: `Delete milestone ${isolate('Pilot Green Digital Action')}` }));
    await waitFor(() => expect(within(panel).queryByRole('listitem', { name: /Pilot Green Digital Action/ })).not.toBeInTheDocument());
    const toast = await screen.findByText(`Milestone “${isolate('Pilot Green Digital Action')}” deleted`);
    await user.click(within(toast.closest('.toast') as HTMLElement).getByRole('button', { name: 'Undo' }));
    expect(await within(panel).findByRole('listitem', { name: `Milestone 2: ${isolate('Pilot Green Digital Action')}` })).toBeInTheDocument();
    expect((await storedMilestones(db)).length).toBe(2);
  });

  it('puts the health reason beside the health it explains, named as such', async () => {
    const { panel } = await openPanel('M2');
    const health = within(panel).getByRole('combobox', { name: 'Health' });
    const reason = within(panel).getByRole('textbox', { name: 'Health reason' });
    expect(health.closest('.panel__grid')).toBe(reason.closest('.panel__grid'));
  });

  it('dates a milestone marked Completed at the reporting date when one is set', async () => {
    const user = userEvent.setup();
    const db = createTestDatabase();
    await db.open();
    await db.settings.put({ key: 'reportingDate', value: '2026-03-31' });
    renderApp('/board?line=V2', db);
    const panel = await screen.findByRole('dialog', { name: 'V2 details' });
    await user.type(await within(panel).findByLabelText('New milestone title'), 'Pilot AI for Good');
    await user.click(within(panel).getByRole('button', { name: 'Add milestone' }));
    const row = await within(panel).findByRole('listitem', { name: `Milestone 1: ${isolate('Pilot AI for Good')}` });
    await user.selectOptions(within(row).getByLabelText('Status'), 'Completed');
    await waitFor(async () => expect((await storedMilestones(db))[0]?.completedOn).toBe('2026-03-31'));
    expect(await within(row).findByLabelText('Completed on')).toHaveAccessibleDescription('31 March 2026');
  });

  it('makes the addresses in the notes links that open in a new tab, and highlights document symbols, rendering no markup', async () => {
    const user = userEvent.setup();
    const { panel } = await openPanel('M2');
    const notes = within(panel).getByRole('textbox', { name: 'Notes' });
    await user.type(notes, 'Per C25/54, see https://www.itu.int/council/. <b>not bold</b>');
    await user.tab();
    const links = await within(panel).findByRole('list', { name: 'Links and documents in the notes' });
    const link = within(links).getByRole('link', { name: /^https:\/\/www\.itu\.int\/council\/ ?\(opens in a new tab\)$/ });
    expect(link).toHaveAttribute('href', 'https://www.itu.int/council/');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(within(links).getByText('C25/54')).toHaveClass('text-links__symbol');
    expect(panel.querySelector('b')).toBeNull();
  });

  it('says when the line in the URL does not exist', async () => {
    renderApp('/board?line=Z9');
    expect(await screen.findByRole('alert')).toHaveTextContent('There is no action line Z9.');
  });

  it('never says a line has no changes while its history is still being read', async () => {
    const db = createTestDatabase();
    await db.open();
    await db.historyEntries.add({ id: '01KEKM5Z0000000000000000001', entity: 'actionLine', entityId: 'M2', lineCode: 'M2', at: '2026-01-10T09:00:00.000Z', field: 'leadUnit', from: null, to: 'BDT', author: null, device: 'imported' });
    const shown: string[] = [];
    const observer = new MutationObserver(() => {
      const panel = document.querySelector('dialog');
      if (panel?.textContent) shown.push(panel.textContent);
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    renderApp('/board?line=M2', db);
    const panel = await screen.findByRole('dialog', { name: 'M2 details' });
    const history = await within(panel).findByRole('region', { name: 'History' });
    expect(await within(history).findByRole('listitem')).toHaveTextContent('Lead unit: (empty) → BDT');
    observer.disconnect();
    expect(shown.filter((text) => text.includes('No changes yet.'))).toEqual([]);
  });
});
