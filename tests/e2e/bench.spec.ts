import { INTERACTIONS, PEER_INTERACTIONS, SAVED_STEPS, VISIBLE_STEPS, runBenchmark } from '../../bench/harness.mjs';
import { startPeer } from '../../bench/peer/server.mjs';
import { runTeamSyncBenchmark } from '../../bench/teamSync.mjs';
import { expect, test } from './fixtures';

// Keeps `npm run bench` from rotting: one run on the seed, unthrottled, the peer board beside the
// app, and no timing assertion.
test.describe('benchmark harness', () => {
  test('produces every figure on the seed dataset, for the app and the peer', async ({ browser, baseURL }) => {
    test.slow();
    if (!baseURL) throw new Error('The app has no base URL.');
    const peer = await startPeer();
    try {
      const bench = await runBenchmark({ browser, baseURL, peerURL: peer.url, datasets: ['seed'], rates: [1], runs: 1 });
      expect(bench.javaScript.firstLoadGzipKb).toBeGreaterThan(0);
      expect(bench.javaScript.totalGzipKb).toBeGreaterThanOrEqual(bench.javaScript.firstLoadGzipKb);
      expect(bench.results).toHaveLength(1);
      const result = bench.results[0];
      if (!result?.peer) throw new Error('The benchmark returned no figures for the seed, or none of the peer.');
      const { figures, peer: peerFigures } = result;
      expect(figures.lines).toBe(24);
      expect(peerFigures.lines).toBe(24);
      for (const value of [figures.boardCardsVisibleMs, figures.dashboardFiguresVisibleMs, figures.exportMs, figures.importMs, peerFigures.boardCardsVisibleMs]) {
        expect(value).toBeGreaterThan(0);
      }
      for (const name of INTERACTIONS) {
        expect(figures.interactions[name].worst).toBeGreaterThanOrEqual(figures.interactions[name].p75);
        expect(figures.interactions[name].p75).toBeGreaterThanOrEqual(16);
      }
      for (const name of PEER_INTERACTIONS) expect(peerFigures.interactions[name].p75).toBeGreaterThanOrEqual(16);
      for (const step of VISIBLE_STEPS) {
        expect(figures.visible[step.name]).toBeGreaterThan(0);
        if (step.shownOf) expect(figures.visible[step.shownOf]).toBeGreaterThanOrEqual(figures.visible[step.name]);
      }
      for (const step of SAVED_STEPS) expect(figures.saved[step]).toBeGreaterThan(0);
      for (const step of VISIBLE_STEPS.filter(({ peer: isShared }) => isShared)) {
        const value = (peerFigures.visible as Record<string, number>)[step.name];
        expect(value).toBeGreaterThan(0);
      }
    } finally {
      await peer.close();
    }
  });

  test('produces team sync figures on the seed dataset', async ({ browser, baseURL }) => {
    // Two sync servers and four browser contexts, one after another, beside the rest of the suite.
    test.slow();
    if (!baseURL) throw new Error('The app has no base URL.');
    // The folder the web server serves (playwright.config.ts), which the sync server serves too.
    const appFolder = `test-results/e2e-app-${new URL(baseURL).port}`;
    const sync = await runTeamSyncBenchmark({ browser, appFolder, dataset: 'seed', rate: 1, runs: 1, moves: 2 });
    expect(sync.firstSyncMs).toBeGreaterThan(0);
    expect(sync.samples.changeShown).toHaveLength(2);
    for (const value of sync.samples.changeShown) expect(value).toBeGreaterThan(0);
  });
});
