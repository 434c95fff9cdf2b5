import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../../tests/helpers/renderApp';

describe('PresentationView', () => {
  it('steps through summary, areas and their figures, priorities and roadmap with keys and buttons, and leaves with Escape', async () => {
    const user = userEvent.setup();
    renderApp('/dashboard');
    await user.click(await screen.findByRole('link', { name: 'Present' }));
    expect(await screen.findByText('Slide 1 of 11')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: /^\u2068?ITU Resource Mobilization Strategy\u2069?: implementation as of \d+ \w+ \d{4}$/ })).toBeInTheDocument();
    expect(screen.getByText("10 of 24 statuses inferred from the report's totals; verify against Annex 2.")).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Previous' })).toBeDisabled();

    // The ten lines of area M take two slides of five, so none hides under the controls.
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('heading', { level: 1, name: 'M. Strengthen membership (1/2)' })).toBeInTheDocument();
    expect(screen.getAllByRole('row').slice(1).map((row) => row.getAttribute('data-code'))).toEqual(['M1', 'M1a', 'M1b', 'M2', 'M3']);
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Next/ }));
    expect(screen.getByRole('heading', { level: 1, name: 'M. Strengthen membership (2/2)' })).toBeInTheDocument();
    expect(screen.getAllByRole('row').slice(1).map((row) => row.getAttribute('data-code'))).toEqual(['M4', 'M5', 'M6', 'M7', 'M8']);
    // Each area's figures follow its lines; area E has none.
    await user.click(screen.getByRole('button', { name: /Next/ }));
    const figures = screen.getByRole('region', { name: 'Figures, area M: Strengthen membership' });
    expect(screen.getByRole('heading', { level: 1, name: 'Figures, area M: Strengthen membership' })).toBeInTheDocument();
    expect(figures).toHaveTextContent('Member State responses on class of contribution 2028-2031');
    expect(figures).toHaveTextContent('as of 9 December 2025');
    await user.click(screen.getByRole('button', { name: /Next/ }));
    expect(screen.getByRole('heading', { level: 1, name: 'E. Leverage events, products, and services' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Next/ }));
    await user.click(screen.getByRole('button', { name: /Next/ }));
    expect(screen.getByRole('heading', { level: 1, name: 'Figures, area V: Increase voluntary contributions' })).toBeInTheDocument();
    await user.keyboard('{End}');
    expect(screen.getByText('Slide 11 of 11')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Roadmap' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'V. Increase voluntary contributions' })).toBeInTheDocument();
    await user.keyboard('{PageUp}{PageUp}{PageUp}');
    expect(screen.getByRole('heading', { level: 1, name: 'Priorities for 2025 and 2026' })).toBeInTheDocument();
    await user.keyboard('{Home}');
    expect(screen.getByText('Slide 1 of 11')).toBeInTheDocument();

    await user.keyboard('{Escape}');
    expect(await screen.findByRole('heading', { level: 1, name: /^Dashboard/ })).toBeInTheDocument();
  });
});
