import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DATASETS, snapshotFileFor } from './datasets.mjs';
import { afterNextFrames, installPageProbe, readWindow, startWindow } from './pageProbe.mjs';

/*
 * The benchmark harness: drives the built app in Chromium over the datasets and CPU throttling
 * rates, and returns every figure as the median of `runs` runs. It only measures; building,
 * serving, printing and writing results are run.mjs's job, so the e2e guard can reuse it.
 */

export const INTERACTIONS = ['menuMove', 'keyboardMove', 'pointerDrag', 'openCard', 'search'];
const SEARCH_TEXT = 'strengthen';
const TIMEOUT = 120_000;

function median(values) {
  const sorted = values.filter((value) => typeof value === 'number').sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Nearest-rank percentile; an interaction under Event Timing's 16 ms floor counts as 16 ms. */
function percentile(values, p) {
  if (values.length === 0) return 16;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function summarise(latencies, longTasks) {
  return {
    p75: percentile(latencies, 75),
    worst: latencies.length ? Math.max(...latencies) : 16,
    interactions: latencies.length,
    longTaskCount: longTasks.length,
    longTaskMs: longTasks.reduce((sum, duration) => sum + duration, 0),
  };
}

/** Medians of the same figures over several runs, key by key. */
function medianOf(samples) {
  const [first] = samples;
  if (typeof first === 'number' || first === null) return median(samples);
  return Object.fromEntries(Object.keys(first).map((key) => [key, medianOf(samples.map((sample) => sample[key]))]));
}

const now = (page) => page.evaluate(() => performance.now());
const column = (page, status) => page.locator(`section[data-container="${status}"]`);
const cardIn = (page, status, code) => column(page, status).locator(`article[data-code="${code}"]:not(.card--overlay)`);
const firstCodeIn = (page, status) => column(page, status).locator('article[data-code]').first().getAttribute('data-code');

async function openRoute(page, path) {
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, `#${path}`);
  await page.reload();
}

async function timeToMark(page, path, mark) {
  await openRoute(page, path);
  await page.waitForFunction((name) => window.__benchProbe.marks[name] !== undefined, mark, { timeout: TIMEOUT });
  return page.evaluate((name) => window.__benchProbe.marks[name], mark);
}

async function measureInteraction(page, perform) {
  await page.evaluate(startWindow);
  await perform();
  await page.evaluate(afterNextFrames);
  const { latencies, longTasks } = await page.evaluate(readWindow);
  return { latencies, longTasks };
}

const datasetFiles = new Map();

/**
 * The dataset's snapshot as a file on disk, as a person picks it: handing Playwright the bytes
 * instead makes the throttled page decode 3.6 MB of base64 first, which no user pays for.
 */
function datasetFile(dataset) {
  const generated = snapshotFileFor(dataset);
  if (!generated) return null;
  if (!datasetFiles.has(dataset.name)) {
    const folder = mkdtempSync(join(tmpdir(), 'action-line-tracker-dataset-'));
    process.once('exit', () => rmSync(folder, { recursive: true, force: true }));
    const path = join(folder, generated.name);
    writeFileSync(path, generated.buffer);
    datasetFiles.set(dataset.name, path);
  }
  return datasetFiles.get(dataset.name);
}

async function importSnapshot(page, file) {
  await openRoute(page, '/snapshots');
  const input = page.locator('input[type="file"]');
  await input.waitFor({ state: 'attached', timeout: TIMEOUT });
  const checkStart = await now(page);
  await input.setInputFiles(file);
  const confirm = page.getByRole('button', { name: 'Replace the current state' });
  await confirm.waitFor({ timeout: TIMEOUT });
  const checkMs = (await now(page)) - checkStart;
  const replaceStart = await now(page);
  await confirm.click();
  await page.getByRole('status').filter({ hasText: 'is now the current state' }).waitFor({ timeout: TIMEOUT });
  return { checkMs, replaceMs: (await now(page)) - replaceStart };
}

async function exportSnapshot(page) {
  await openRoute(page, '/snapshots');
  const button = page.getByRole('button', { name: 'Export snapshot' });
  await button.waitFor({ timeout: TIMEOUT });
  const start = await now(page);
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: TIMEOUT }), button.click()]);
  const exportMs = (await now(page)) - start;
  const path = await download.path();
  return { exportMs, path };
}

async function boardInteractions(page) {
  const results = {};
  await openRoute(page, '/board');
  await column(page, 'To be started').locator('article[data-code]').first().waitFor({ timeout: TIMEOUT });

  const menuCode = await firstCodeIn(page, 'To be started');
  results.menuMove = await measureInteraction(page, async () => {
    await cardIn(page, 'To be started', menuCode).locator('.move-menu__button').click();
    await page.locator('.move-menu__item').first().click();
    await cardIn(page, 'To be started', menuCode).waitFor({ state: 'detached', timeout: TIMEOUT });
  });

  const keyCode = await firstCodeIn(page, 'To be started');
  results.keyboardMove = await measureInteraction(page, async () => {
    await cardIn(page, 'To be started', keyCode).locator('.card__handle').focus();
    await page.keyboard.press('Space');
    await page.locator('.card--overlay').waitFor({ timeout: TIMEOUT });
    await page.keyboard.press('ArrowRight');
    await cardIn(page, 'Ongoing', keyCode).waitFor({ state: 'attached', timeout: TIMEOUT });
    await page.keyboard.press('Space');
    await page.locator('.card--overlay').waitFor({ state: 'detached', timeout: TIMEOUT });
    await cardIn(page, 'To be started', keyCode).waitFor({ state: 'detached', timeout: TIMEOUT });
  });

  const dragCode = await firstCodeIn(page, 'To be started');
  results.pointerDrag = await measureInteraction(page, async () => {
    const card = cardIn(page, 'To be started', dragCode);
    await card.scrollIntoViewIfNeeded();
    const from = await card.boundingBox();
    // Dropped below the first Completed card, the gesture of the board's e2e drag test.
    const to = await column(page, 'Completed').locator('article[data-code]').first().boundingBox();
    if (!from || !to) throw new Error('The cards to drag between are not laid out.');
    await page.mouse.move(from.x + from.width / 2, from.y + 20);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2 + 20, from.y + 30, { steps: 5 });
    await page.mouse.move(to.x + to.width / 2, to.y + to.height - 5, { steps: 15 });
    await page.locator('.card--overlay').waitFor({ timeout: TIMEOUT });
    await page.mouse.move(to.x + to.width / 2, to.y + to.height + 10, { steps: 5 });
    await page.mouse.up();
    await cardIn(page, 'To be started', dragCode).waitFor({ state: 'detached', timeout: TIMEOUT });
  });

  results.openCard = await measureInteraction(page, async () => {
    await column(page, 'Ongoing').locator('.card__open').first().click();
    await page.getByRole('dialog').waitFor({ timeout: TIMEOUT });
  });
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'detached', timeout: TIMEOUT });

  const search = page.locator('#board-search');
  await search.focus();
  results.search = await measureInteraction(page, async () => {
    // About a fast typist's pace; keys sent with no gap at all measure a burst no person produces.
    await search.pressSequentially(SEARCH_TEXT, { delay: 60 });
    await page.waitForFunction((text) => document.querySelector('#board-search')?.value === text, SEARCH_TEXT, { timeout: TIMEOUT });
  });
  return results;
}

/** One run on a fresh browser context: its own IndexedDB, seeded on first open. */
async function runOnce(browser, baseURL, dataset, rate) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  try {
    await context.addInitScript(installPageProbe);
    const page = await context.newPage();
    await page.goto(`${baseURL}#/board`);
    await page.locator('article[data-code]').first().waitFor({ timeout: TIMEOUT });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });

    const generated = datasetFile(dataset);
    let imported = generated ? await importSnapshot(page, generated) : null;
    const { exportMs, path } = await exportSnapshot(page);
    // The seed has no generated file: its own export is imported back.
    if (!imported) imported = await importSnapshot(page, path);

    const boardMs = await timeToMark(page, '/board', 'cards');
    const dashboardMs = await timeToMark(page, '/dashboard', 'figures');
    const lineCount = await page.locator('[data-testid="headline-total"] dd').textContent();
    const measured = await boardInteractions(page);

    const interactions = Object.fromEntries(
      INTERACTIONS.map((name) => [name, summarise(measured[name].latencies, measured[name].longTasks)]),
    );
    const all = summarise(
      INTERACTIONS.flatMap((name) => measured[name].latencies),
      INTERACTIONS.flatMap((name) => measured[name].longTasks),
    );
    return {
      lines: Number(lineCount),
      boardCardsVisibleMs: boardMs,
      dashboardFiguresVisibleMs: dashboardMs,
      exportMs,
      importMs: imported.checkMs + imported.replaceMs,
      importCheckMs: imported.checkMs,
      importReplaceMs: imported.replaceMs,
      interactions,
      allInteractions: all,
    };
  } finally {
    await context.close();
  }
}

const gzipSize = (buffer) => gzipSync(buffer).length;

/** JavaScript the board's first load fetches, and every script the app can load (from the precache list). */
export async function measureJavaScript(browser, baseURL) {
  const context = await browser.newContext();
  try {
    await context.addInitScript(installPageProbe);
    const page = await context.newPage();
    const scripts = new Map();
    page.on('response', (response) => {
      const url = response.url();
      if (url.endsWith('.js')) scripts.set(url, response.body().catch(() => null));
    });
    await page.goto(`${baseURL}#/board`);
    await page.waitForFunction(() => window.__benchProbe.marks.cards !== undefined, null, { timeout: TIMEOUT });
    await page.waitForLoadState('networkidle');
    // First load: the scripts whose request started before the frame that painted the board's
    // cards (the page's own resource timing, so no race with this process); later ones apart.
    const requestedAt = new Map(
      await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => [entry.name, entry.startTime])),
    );
    const cardsPaintedAt = await page.evaluate(() => window.__benchProbe.marks.cards);
    const firstLoad = [];
    const afterPaint = [];
    for (const [url, body] of scripts) {
      const bytes = await body;
      if (!bytes || /\/(sw|workbox-[^/]*)\.js$/.test(url)) continue;
      const isFirstLoad = (requestedAt.get(url) ?? 0) < cardsPaintedAt;
      (isFirstLoad ? firstLoad : afterPaint).push({ file: url.slice(url.lastIndexOf('/') + 1), gzip: gzipSize(bytes) });
    }
    const serviceWorker = await (await fetch(new URL('sw.js', baseURL))).text();
    const assets = [...new Set(serviceWorker.match(/assets\/[^"']+\.js/g) ?? [])];
    let totalGzip = 0;
    for (const asset of assets) totalGzip += gzipSize(Buffer.from(await (await fetch(new URL(asset, baseURL))).arrayBuffer()));
    return {
      firstLoadGzipKb: firstLoad.reduce((sum, file) => sum + file.gzip, 0) / 1000,
      afterPaintGzipKb: afterPaint.reduce((sum, file) => sum + file.gzip, 0) / 1000,
      totalGzipKb: totalGzip / 1000,
      firstLoadFiles: firstLoad.sort((a, b) => b.gzip - a.gzip),
      afterPaintFiles: afterPaint.sort((a, b) => b.gzip - a.gzip),
      totalFiles: assets.length,
    };
  } finally {
    await context.close();
  }
}

/**
 * Runs the benchmark. `datasets` are names from DATASETS, `rates` CPU throttling rates; every
 * figure is the median of `runs` runs.
 */
export async function runBenchmark({ browser, baseURL, datasets = DATASETS.map((d) => d.name), rates = [1, 4], runs = 3, log = () => {} }) {
  const javaScript = await measureJavaScript(browser, baseURL);
  log(`JavaScript: first load ${javaScript.firstLoadGzipKb.toFixed(1)} kB gzip, right after the first paint ${javaScript.afterPaintGzipKb.toFixed(1)} kB, total ${javaScript.totalGzipKb.toFixed(1)} kB gzip`);
  const results = [];
  for (const name of datasets) {
    const dataset = DATASETS.find((candidate) => candidate.name === name);
    if (!dataset) throw new Error(`Unknown dataset "${name}"; known: ${DATASETS.map((d) => d.name).join(', ')}.`);
    for (const rate of rates) {
      const samples = [];
      for (let run = 1; run <= runs; run += 1) {
        log(`${name} at ${rate}x: run ${run} of ${runs}`);
        samples.push(await runOnce(browser, baseURL, dataset, rate));
      }
      results.push({ dataset: name, rate, runs, figures: medianOf(samples) });
    }
  }
  return { javaScript, results };
}
