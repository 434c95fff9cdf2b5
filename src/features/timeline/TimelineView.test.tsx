import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../../tests/helpers/renderApp';
import { writeReportingDate } from '../../db';
import { createTestDatabase } from '../../../tests/helpers/testDatabase';

describe('TimelineView', () => {
  it('shows 2025 to 2028 by default, grouped by area, with targets and the six unscheduled lines', async () => {
    renderApp('/timeline');
    expect(await screen.findByRole('heading', { level: 1, name: 'Timeline' })).toBeInTheDocument();
    expect(screen.getByLabelText('From year')).toHaveValue('2025');
    expect(screen.getByLabelText('To year')).toHaveValue('2028');
    expect(
      screen.getByText('6 action lines are still to be started and have no target yet: E1, E4, E5, E6, E7, V7.'),
    ).toBeInTheDocument();
    const area = screen.getByRole('region', { name: 'M. Strengthen membership' });
    expect(within(area).getAllByRole('listitem')).toHaveLength(10);
    expect(within(area).getByText('Phase 1: Q2 2026')).toBeInTheDocument();
    expect(screen.getAllByText('To be started · no target yet')).toHaveLength(6);
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
