import { INTERACTIONS, runBenchmark } from '../../bench/harness.mjs';
import { expect, test } from './fixtures';

// Keeps `npm run bench` from rotting: one run on the seed, unthrottled, and no timing assertion.
test.describe('benchmark harness', () => {
  test('produces every figure on the seed dataset', async ({ browser, baseURL }) => {
    test.slow();
    if (!baseURL) throw new Error('The app has no base URL.');
    const bench = await runBenchmark({ browser, baseURL, datasets: ['seed'], rates: [1], runs: 1 });
    expect(bench.javaScript.firstLoadGzipKb).toBeGreaterThan(0);
    expect(bench.javaScript.totalGzipKb).toBeGreaterThanOrEqual(bench.javaScript.firstLoadGzipKb);
    expect(bench.results).toHaveLength(1);
    const figures = bench.results[0]?.figures;
    if (!figures) throw new Error('The benchmark returned no figures for the seed.');
    expect(figures.lines).toBe(24);
    for (const value of [figures.boardCardsVisibleMs, figures.dashboardFiguresVisibleMs, figures.exportMs, figures.importMs]) {
      expect(value).toBeGreaterThan(0);
    }
    for (const name of INTERACTIONS) {
      expect(figures.interactions[name].worst).toBeGreaterThanOrEqual(figures.interactions[name].p75);
      expect(figures.interactions[name].p75).toBeGreaterThanOrEqual(16);
    }
  });
});
