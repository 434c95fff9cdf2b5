import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { INTERACTIONS, runBenchmark } from '../../bench/harness.mjs';
import { launchChromium } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

// Keeps `npm run bench` from rotting: one run on the seed, unthrottled, and no timing assertion.
describe('benchmark harness', () => {
  it('produces every figure on the seed dataset', async () => {
    const bench = await runBenchmark({ browser, baseURL: inject('baseURL'), datasets: ['seed'], rates: [1], runs: 1 });
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
  }, 180_000);
});
