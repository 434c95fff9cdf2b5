import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../tests/helpers/renderApp';
import { createTestDatabase } from '../../tests/helpers/testDatabase';
import { addMilestone, readTracker, saveStoredSnapshot } from '../db';
import { serializeSnapshot, type Strategy } from '../domain';

// A right-to-left override: unisolated, it pulls the words after it into reversed text.
const RLO = '\u202E';
const FSI = '\u2068';
const PDI = '\u2069';

/** A tracker whose free text carries right-to-left overrides: an area name, a lead unit, titles, a snapshot name. */
async function trackerWithOverrides() {
  const db = createTestDatabase();
  await db.open();
  await db.areas.update('E', { name: `Events ${RLO}stneve` });
  await db.actionLines.update('M2', { title: `Review ${RLO}weiveR` });
  await addMilestone(db, { id: 'm-pilot', lineCode: 'M2', title: `Pilot ${RLO}toliP`, target: null, status: 'Ongoing', completedOn: null, rank: 'a0', updatedAt: null, updatedBy: null });
  const meta = { exportedAt: '2026-01-15T09:30:00.000Z', reportingDate: '2026-01-15', label: 'x', appVersion: '0.1.0' };
  const content = serializeSnapshot(await readTracker(db), meta);
  await saveStoredSnapshot(db, { id: 's1', name: `Council ${RLO}licnuoC`, createdAt: '2026-01-15T09:30:00.000Z', isAutomaticBackup: false, content });
  // Stored before lead units were checked: the board still shows it (a snapshot holding it would
  // no longer pass the checks, so the one above is saved first).
  await db.actionLines.update('E1', { leadUnit: `BDT ${RLO}TDB`, target: `Pilot ${RLO}toliP: Q2 2026` });
  return db;
}

describe('user values inside other text that cannot hold a <bdi>', () => {
  it('isolates them in accessible names, so the words around a value keep their order', async () => {
    renderApp('/board?line=M2', await trackerWithOverrides());
    const panel = await screen.findByRole('dialog', { name: 'M2 details' });
    const title = `${FSI}Pilot ${RLO}toliP${PDI}`;
    expect(await within(panel).findByRole('listitem', { name: `Milestone 1: ${title}` })).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: `Delete milestone ${title}` })).toBeInTheDocument();
    // The word after the value stays after it: the override ends where the value does.
    expect(within(panel).getByRole('button', { name: `Move milestone ${title} down` })).toBeInTheDocument();
    // The tab's title never carries user text.
    expect(document.title).toBe('Action Line Tracker');
  });

  it('isolates them in option texts and tooltips', async () => {
    const user = userEvent.setup();
    const db = await trackerWithOverrides();
    const { unmount } = renderApp('/board', db);
    await screen.findAllByRole('article');
    const areaOption = within(screen.getByLabelText('Area')).getByRole('option', { name: `E. ${FSI}Events ${RLO}stneve${PDI}` });
    expect(areaOption).toHaveValue('E');
    const leadOption = within(screen.getByLabelText('Lead unit')).getByRole('option', { name: `${FSI}BDT ${RLO}TDB${PDI}` });
    expect(leadOption).toHaveValue(`BDT ${RLO}TDB`);
    const chip = screen.getAllByTitle(`Area E: ${FSI}Events ${RLO}stneve${PDI}`);
    expect(chip.length).toBeGreaterThan(0);
    // In visible text too: a phase label inside the target, a lead unit inside "Lead: …".
    const card = screen.getAllByRole('article').find((article) => article.dataset.code === 'E1') as HTMLElement;
    expect(card).toHaveTextContent(`Target ${FSI}Pilot ${RLO}toliP${PDI}: Q2 2026`);
    expect(within(card).getByText(`BDT ${RLO}TDB`).tagName).toBe('BDI');
    unmount();

    renderApp('/priorities', db);
    await user.click(await screen.findByRole('button', { name: 'Add a priority' }));
    const lineOption = within(await screen.findByLabelText('Action line')).getByRole('option', { name: `M2: ${FSI}Review ${RLO}weiveR${PDI}` });
    expect(lineOption).toHaveValue('M2');
  });

  it('isolates a snapshot name in its buttons, the comparison picker and the report title', async () => {
    renderApp('/snapshots', await trackerWithOverrides());
    const name = `${FSI}Council ${RLO}licnuoC${PDI}`;
    const table = await screen.findByRole('table', { name: 'Saved snapshots, newest first' });
    expect(within(table).getByRole('button', { name: `Rename ${name}` })).toBeInTheDocument();
    expect(within(table).getByRole('button', { name: `Delete ${name}` })).toBeInTheDocument();
    const before = await screen.findByLabelText('From');
    expect(within(before).getByRole('option', { name: new RegExp(`^${name} \\(`) })).toBeInTheDocument();
    expect(await screen.findByRole('article', { name: new RegExp(`^Changes from ${name} \\(.*\\) to Current state$`) })).toBeInTheDocument();
  });

  it('sets them in <bdi> inside visible messages (area headings, the chart table) and isolates them in the printed footer', async () => {
    const db = await trackerWithOverrides();
    const strategy = (await db.settings.get('strategy'))?.value as Strategy;
    await db.settings.put({ key: 'strategy', value: { ...strategy, title: `Strategy ${RLO}ygetartS` } });
    renderApp('/dashboard', db);
    const heading = await screen.findByRole('heading', { level: 2, name: `E. Events ${RLO}stneve` });
    expect(within(heading).getByText(`Events ${RLO}stneve`).tagName).toBe('BDI');
    const row = await screen.findByRole('rowheader', { name: `E. Events ${RLO}stneve` });
    expect(within(row).getByText(`Events ${RLO}stneve`).tagName).toBe('BDI');
    // The printed pages' footer is a CSS string: the title is isolated in it.
    await waitFor(() =>
      expect(document.documentElement.style.getPropertyValue('--print-footer')).toMatch(new RegExp(`^"${FSI}Strategy ${RLO}ygetartS${PDI}: `)),
    );
  });
});
