import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../../tests/helpers/renderApp';
import { SEED_INDICATORS } from '../../domain/seed/indicatorSeed';

describe('the indicators view', () => {
  it('lists every seeded indicator with its latest figure and its periods, each with a source', async () => {
    renderApp('/indicators');
    expect(await screen.findByRole('heading', { level: 1, name: 'Indicators' })).toBeInTheDocument();
    const articles = await screen.findAllByRole('article');
    expect(articles).toHaveLength(SEED_INDICATORS.length);
    expect(screen.getByText(`Showing ${SEED_INDICATORS.length} of ${SEED_INDICATORS.length} indicators`)).toBeInTheDocument();
    for (const article of articles) {
      expect(within(article).getByText('Latest')).toBeInTheDocument();
      const rows = within(article).getAllByRole('row').slice(1);
      expect(rows.length).toBeGreaterThan(0);
    }
  });

  it('filters by area and by action line, in the address', async () => {
    const user = userEvent.setup();
    renderApp('/indicators');
    await screen.findAllByRole('article');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Area' }), 'V');
    const inV = SEED_INDICATORS.filter((indicator) => indicator.areaCode === 'V');
    expect(screen.getAllByRole('article')).toHaveLength(inV.length);
    expect(window.location.hash).toContain('area=V');
    const line = inV.flatMap((indicator) => indicator.lineCodes)[0];
    if (!line) throw new Error('A seeded indicator of area V informs an action line.');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Action line' }), line);
    expect(screen.getAllByRole('article')).toHaveLength(inV.filter((indicator) => indicator.lineCodes.includes(line)).length);
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(screen.getAllByRole('article')).toHaveLength(SEED_INDICATORS.length);
  });
});
