import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../../tests/helpers/renderApp';

describe('PresentationView', () => {
  it('steps through summary, areas, priorities and timeline with keys and buttons, and leaves with Escape', async () => {
    const user = userEvent.setup();
    renderApp('/dashboard');
    await user.click(await screen.findByRole('link', { name: 'Present' }));
    expect(await screen.findByText('Slide 1 of 6')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Implementation of the ITU Resource Mobilization Strategy' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Previous' })).toBeDisabled();

    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('heading', { level: 1, name: 'M. Strengthen membership' })).toBeInTheDocument();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Next/ }));
    expect(screen.getByRole('heading', { level: 1, name: 'E. Leverage events, products, and services' })).toBeInTheDocument();
    await user.keyboard('{End}');
    expect(screen.getByText('Slide 6 of 6')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Roadmap' })).toBeInTheDocument();
    await user.keyboard('{PageUp}');
    expect(screen.getByRole('heading', { level: 1, name: 'Priorities for 2025 and 2026' })).toBeInTheDocument();
    await user.keyboard('{Home}');
    expect(screen.getByText('Slide 1 of 6')).toBeInTheDocument();

    await user.keyboard('{Escape}');
    expect(await screen.findByRole('heading', { level: 1, name: /^Dashboard/ })).toBeInTheDocument();
  });
});
