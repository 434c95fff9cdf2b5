import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../../../tests/helpers/renderApp';
import { createTestDatabase } from '../../../tests/helpers/testDatabase';
import { i18n } from '../../i18n';
import { SEED_AREAS, buildAnnex, buildSeedActionLines, type Milestone } from '../../domain';
import { buildAnnexCsv } from './annexCsv';

function tile(key: string) {
  return within(screen.getByTestId(`headline-${key}`)).getByRole('definition');
}

describe('DashboardView', () => {
  it('shows the report headline from the seed data', async () => {
    renderApp('/dashboard');
    expect(await screen.findByRole('heading', { level: 1, name: /Dashboard/ })).toBeInTheDocument();
    expect(tile('total')).toHaveTextContent('24');
    expect(tile('started')).toHaveTextContent('18 (75%)');
    expect(tile('completed')).toHaveTextContent('2');
    expect(tile('ongoing')).toHaveTextContent('16');
    expect(tile('toBeStarted')).toHaveTextContent('6');
    expect(tile('health-none')).toHaveTextContent('24');
    expect(within(screen.getByTestId('headline-health-at-risk')).getByRole('term')).toHaveTextContent('At risk');
    expect(tile('health-at-risk')).toHaveTextContent('0');
  });

  it('shows the six objectives once, for the strategy, and none under an area', async () => {
    renderApp('/dashboard');
    // The dashboard is loaded on demand.
    const objectives = await screen.findByRole('region', { name: 'Objectives of the strategy' });
    expect(within(objectives).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Encourage Member States to maintain or increase their unit contributions',
      'Strengthen Sector Member engagement and revenues',
      'Strengthen overall member engagement',
      'Help better leverage events',
      'Help better leverage products and services',
      'Increase voluntary contributions',
    ]);
    expect(screen.getAllByText('Help better leverage events')).toHaveLength(1);
  });

  it('marks the ten inferred statuses quietly, with an accessible name', async () => {
    renderApp('/dashboard');
    const area = await screen.findByRole('region', { name: 'E. Leverage events, products, and services' });
    const name = 'Status inferred, not stated by the report: verify against Annex 2';
    expect(within(area).getAllByRole('img', { name }).map((mark) => mark.closest('tr')?.getAttribute('data-code'))).toEqual(['E2', 'E3']);
    expect(screen.getAllByRole('img', { name })).toHaveLength(10);
    const links = screen.getAllByRole('img', { name: "Link inferred: the report's table names no action line; verify" });
    expect(links.map((mark) => mark.closest('tr')?.getAttribute('data-code'))).toEqual(['V1', 'V6']);
  });

  it('gives each area its figures and every line with progress and target', async () => {
    renderApp('/dashboard');
    const area = await screen.findByRole('region', { name: 'E. Leverage events, products, and services' });
    expect(within(area).getByText('7 action lines: 2 started (29%), 0 completed, 5 to be started')).toBeInTheDocument();
    const rows = within(area).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.getAttribute('data-code'))).toEqual(['E1', 'E2', 'E3', 'E4', 'E5', 'E6', 'E7']);
    expect(within(rows[0]!).getByRole('link', { name: 'Open E1 on the board' })).toHaveAttribute('href', '#/board?line=E1');
    expect(within(rows[0]!).getByText('To be started')).toBeInTheDocument();
    expect(within(rows[0]!).getByText('Not assessed')).toBeInTheDocument();
  });

  it('stores the reporting date and recomputes overdue flags from it', async () => {
    const { db } = renderApp('/dashboard');
    const input = await screen.findByLabelText('Reporting date');
    fireEvent.change(input, { target: { value: '2026-07-01' } });
    fireEvent.blur(input);
    expect(await screen.findByText('as of 1 July 2026')).toBeInTheDocument();
    await waitFor(() => expect(tile('overdue')).toHaveTextContent('2'));
    const m2 = screen.getByRole('region', { name: 'M. Strengthen membership' }).querySelector('tr[data-code="M2"]');
    expect(m2).toHaveTextContent('Overdue');
    expect((await db.settings.get('reportingDate'))?.value).toBe('2026-07-01');
  });

  it('titles the printed report from the strategy and drops the caveat when the user switches it off', async () => {
    renderApp('/dashboard');
    const footer = () => document.documentElement.style.getPropertyValue('--print-footer');
    await screen.findByRole('region', { name: 'M. Strengthen membership' });
    const title = `ITU Resource Mobilization Strategy: implementation as of ${screen.getByText(/^as of /).textContent?.slice(6)}`;
    // Shown on paper only (print media), in place of the screen's "Dashboard".
    const printTitle = screen.getByRole('heading', { level: 1 }).querySelector('.dashboard__print-title');
    expect(printTitle?.textContent?.replace(/[\u2068\u2069]/g, '')).toBe(title);
    await waitFor(() => expect(footer()).toContain("10 of 24 statuses inferred from the report's totals; verify against Annex 2"));
    expect(footer().replace(/[\u2068\u2069]/g, '')).toMatch(/^"ITU Resource Mobilization Strategy: implementation as of \d+ \w+ \d{4}\. 10 of 24/);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Note the statuses still to verify' }));
    await waitFor(() => expect(footer()).not.toContain('verify against Annex 2'));
    expect(footer().replace(/[\u2068\u2069]/g, '')).toMatch(/^"ITU Resource Mobilization Strategy: implementation as of \d+ \w+ \d{4}"$/);
  });

  it('adds lead units, health reasons and notes to the Annex 2 tables when asked', async () => {
    const db = createTestDatabase();
    renderApp('/dashboard', db);
    await screen.findByRole('region', { name: 'M. Strengthen membership' });
    await db.actionLines.update('M2', { leadUnit: 'Membership Division', notes: 'Fees paper due in May', health: 'at-risk', healthReason: 'Waiting for Council' });
    const m2 = () => screen.getByRole('region', { name: 'M. Strengthen membership' }).querySelector('tr[data-code="M2"]');
    await waitFor(() => expect(m2()).toHaveTextContent('At risk'));
    expect(m2()).not.toHaveTextContent('Membership Division');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Include lead units, health reasons and notes' }));
    expect(m2()).toHaveTextContent('Lead unit:Membership Division');
    expect(m2()).toHaveTextContent('Notes:Fees paper due in May');
    expect(m2()).toHaveTextContent('Waiting for Council');
    expect(JSON.parse(localStorage.getItem('action-line-tracker-report') ?? '{}')).toMatchObject({ state: { isDetailShown: true } });
  });

  it("shows a long area's first 50 lines until all are asked for, and every line in print", async () => {
    const db = createTestDatabase();
    const [model] = buildSeedActionLines('2026-01-01T00:00:00.000Z');
    const added = Array.from({ length: 53 }, (_, index) => ({ ...model!, code: `E${index + 8}`, areaCode: 'E', milestones: [] }));
    await db.actionLines.bulkAdd(added);
    renderApp('/dashboard', db);
    const area = await screen.findByRole('region', { name: 'E. Leverage events, products, and services' });
    const lineRows = () => within(area).getAllByRole('row').slice(1);
    expect(within(area).getByText(/^60 action lines:/)).toBeInTheDocument();
    expect(lineRows()).toHaveLength(50);
    fireEvent.click(within(area).getByRole('button', { name: 'Show all 60 action lines of area E' }));
    expect(lineRows()).toHaveLength(60);
    fireEvent.click(within(area).getByRole('button', { name: 'Show the first 50 only' }));
    expect(lineRows()).toHaveLength(50);
    fireEvent(window, new Event('beforeprint'));
    expect(lineRows()).toHaveLength(60);
    fireEvent(window, new Event('afterprint'));
    expect(lineRows()).toHaveLength(50);
    // Areas of 50 lines or fewer have no such button.
    expect(screen.getAllByRole('button', { name: /^Show all/ })).toHaveLength(1);
  });

  it('gives the chart a text alternative with the numbers per area', async () => {
    renderApp('/dashboard');
    const table = await screen.findByRole('table', { name: 'Number of action lines per status in each area of action' });
    const v = within(table).getByRole('row', { name: /V\. Increase voluntary contributions/ });
    expect(within(v).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['0', '6', '1']);
  });
});

describe('buildAnnexCsv', () => {
  it('writes one row per line with translated headers', () => {
    const annex = buildAnnex(SEED_AREAS, buildSeedActionLines('2026-01-01T00:00:00Z'), [], '2026-01-15');
    const csv = buildAnnexCsv(annex, '2026-01-15', i18n.t, ',');
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(lines[0]).toBe(
      'Area of action,Code,Title,Action line,Lead unit,Status,Status source,Evidence,Completed in,Milestones completed,Milestones in total,Target,Health,Health reason,Schedule,Notes,Reporting date',
    );
    expect(lines).toHaveLength(25);
    expect(lines.find((line) => line.includes(',M2,'))).toMatch(/,Ongoing,Stated by the report,"Priorities for 2025 and 2026: “Review Sector membership .*”",,0,0,Q2 2026,,,Due soon,,2026-01-15$/s);
    expect(lines.find((line) => line.includes(',M3,'))).toMatch(/,Completed,Stated by the report,".*",2025,0,0,Q3 2025,,,,,2026-01-15$/s);
    expect(lines.find((line) => line.includes(',V4,'))).toMatch(/,Ongoing,Inferred from the report's totals,"Not mentioned in the report; counted as started/);
  });

  it('gives every field of a line its column and the milestones as two numbers', () => {
    const lines = buildSeedActionLines('2026-01-01T00:00:00Z').map((line) =>
      line.code === 'M2'
        ? { ...line, leadUnit: 'BDT', health: 'at-risk' as const, healthReason: 'Fees, still under review', notes: 'See C25/54' }
        : line,
    );
    const milestone = (id: string, status: Milestone['status']): Milestone => ({ id, lineCode: 'M2', title: id, target: null, status, completedOn: null, rank: 'a0', updatedAt: null, updatedBy: null });
    const annex = buildAnnex(SEED_AREAS, lines, [milestone('a', 'Completed'), milestone('b', 'Ongoing')], '2026-01-15');
    const rows = buildAnnexCsv(annex, '2026-01-15', i18n.t, ';').slice(1).trimEnd().split('\r\n');
    const m2 = rows.find((row) => row.includes(';M2;'));
    expect(m2).toMatch(/^M\. Strengthen membership;M2;Review Sector membership benefits and fees;".*";BDT;Ongoing;/s);
    expect(m2).toMatch(/;1;2;Q2 2026;At risk;"Fees, still under review";Due soon;See C25\/54;2026-01-15$/);
  });
});
