import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../../tests/helpers/renderApp';
import { writeReportingDate } from '../../../tests/helpers/writeElsewhere';
import { createTestDatabase } from '../../../tests/helpers/testDatabase';

describe('TimelineView', () => {
  it('shows 2025 to 2028 by default, grouped by area, with targets and the six lines to be started as period bands', async () => {
    renderApp('/timeline');
    expect(await screen.findByRole('heading', { level: 1, name: 'Timeline' })).toBeInTheDocument();
    expect(screen.getByLabelText('From year')).toHaveValue('2025');
    expect(screen.getByLabelText('To year')).toHaveValue('2028');
    const area = screen.getByRole('region', { name: 'M. Strengthen membership' });
    expect(within(area).getAllByRole('listitem')).toHaveLength(10);
    expect(within(area).getByText('\u2068Phase 1\u2069: Q2 2026')).toBeInTheDocument();
    const bands = screen.getAllByText('Target period 2026-2028');
    expect(bands.map((band) => band.closest('li')?.textContent?.slice(0, 2))).toEqual(['E1', 'E4', 'E5', 'E6', 'E7', 'V7']);
    // 2026 Q1 to 2028 Q4: the last 12 of the 16 quarters shown.
    expect(bands[0]?.parentElement).toHaveStyle({ insetInlineStart: '25%', inlineSize: '75%' });
    expect(screen.queryByText('To be started · no target yet')).not.toBeInTheDocument();
  });

  it('marks the stored reporting date', async () => {
    const db = createTestDatabase();
    await writeReportingDate(db, '2026-01-15');
    renderApp('/timeline', db);
    expect(await screen.findByText('Reporting date: 15 January 2026')).toBeInTheDocument();
  });

  it('narrows the range, and refuses a reversed one with a message', async () => {
    const user = userEvent.setup();
    renderApp('/timeline');
    await screen.findByRole('heading', { level: 1, name: 'Timeline' });
    await user.selectOptions(screen.getByLabelText('From year'), '2026');
    expect(screen.getAllByText('Target Q3 2025, before the years shown')).toHaveLength(2);
    await user.selectOptions(screen.getByLabelText('From year'), '2030');
    expect(screen.getByRole('alert')).toHaveTextContent('The first year must not be after the last year.');
    expect(screen.getByLabelText('From year')).toHaveAttribute('aria-invalid', 'true');
  });
});
