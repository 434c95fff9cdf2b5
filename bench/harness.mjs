import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DATASETS, snapshotFileFor } from './datasets.mjs';
import { afterNextFrames, installPageProbe, readVisible, readWindow, startWindow, watchVisible, whenIdle } from './pageProbe.mjs';
import { peerBoardFrom, peerBoardScript } from './peerData.mjs';

/*
 * The benchmark harness: drives the built app, and the peer board beside it (bench/peer), in
 * Chromium over the datasets and CPU throttling rates, and returns every figure as the median of
 * `runs` runs. It only measures; building, serving, printing and writing results are run.mjs's
 * job, so the e2e guard can reuse it.
 */

/** The gestures whose Event Timing latency is measured; the peer has the keyboard and pointer ones. */
export const INTERACTIONS = ['menuMove', 'keyboardMove', 'pointerDrag', 'openCard', 'search'];
export const PEER_INTERACTIONS = ['keyboardMove', 'pointerDrag'];

/**
 * The visible steps of the gestures, each timed from its input to the frame that shows its result.
 * `first`: the first input on a freshly loaded board. `peer`: the peer board has it too.
 * `shownOf`: the step is the first frame of the named drop, before dnd-kit's drop animation; the
 * named drop itself ends once that animation is over, and it is the one the budgets hold.
 */
export const VISIBLE_STEPS = [
  { name: 'menuOpen', first: true, peer: false },
  { name: 'menuChoice', first: false, peer: false },
  { name: 'keyboardPickUp', first: true, peer: true },
  { name: 'keyboardMove', first: false, peer: true },
  { name: 'keyboardDropShown', first: false, peer: true, shownOf: 'keyboardDrop' },
  { name: 'keyboardDrop', first: false, peer: true },
  { name: 'pointerPickUp', first: true, peer: true },
  { name: 'pointerDropShown', first: false, peer: true, shownOf: 'pointerDrop' },
  { name: 'pointerDrop', first: false, peer: true },
  { name: 'openCard', first: true, peer: false },
];
/** The moves whose write is timed from their input to its commit (the app's; the peer stores nothing). */
export const SAVED_STEPS = ['menuChoice', 'keyboardDrop', 'pointerDrop'];
/** The app's store of action lines: a move commits once a transaction writing it completes. */
const LINES_STORE = 'actionLines';
const VIEWPORT = { width: 1280, height: 900 };
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
export function datasetFile(dataset) {
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

export async function importSnapshot(page, file) {
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

const FROM = 'To be started';
const overlay = (code) => `article.card--overlay[data-code="${code}"]`;
/** The card in its column (not the copy that follows a drag); `settled` once no drag marks it. */
const inColumn = (status, code) => `section[data-container="${status}"] article[data-code="${code}"]:not(.card--overlay)`;
const settledIn = (status, code) => `${inColumn(status, code)}:not(.card--placeholder)`;
/**
 * A drop shows when the card is in its new place and no longer marked as dragged (the copy that
 * followed the pointer starts gliding to it); it has settled when that copy is gone too, after
 * dnd-kit's drop animation (250 ms by default, on both boards).
 */
const dropEnds = (status, code) => ({
  shown: { present: [settledIn(status, code)], absent: ['.card--placeholder'] },
  settled: { present: [settledIn(status, code)], absent: ['.card--placeholder', '.card--overlay'] },
});

/** Runs `act` and returns, for each of the probe's ends, the time from its input to the frame that shows it. */
async function timeVisible(page, probe, act) {
  await page.evaluate(watchVisible, probe);
  await act();
  // Polled on a timer rather than every frame, so the wait asks the page for no frames of its own.
  await page.waitForFunction(() => window.__benchProbe.watch.isDone, null, { timeout: TIMEOUT, polling: 100 });
  return page.evaluate(readVisible);
}

/** Reloads the board and waits until its cards show and the page is first idle. */
async function freshBoard(page, reload) {
  await reload();
  await page.waitForFunction(() => window.__benchProbe.marks.cards !== undefined, null, { timeout: TIMEOUT });
  await page.evaluate(whenIdle);
}

/**
 * Move menu: open it, choose Ongoing. The card leaves its column and shows at the end of Ongoing,
 * unless Ongoing is long enough to show only its first cards.
 */
async function menuGesture(page) {
  const code = await firstCodeIn(page, FROM);
  const showsAll = (await column(page, 'Ongoing').locator('.board-column__more').count()) === 0;
  const visible = {};
  const saved = {};
  const events = await measureInteraction(page, async () => {
    const card = cardIn(page, FROM, code);
    ({ shown: visible.menuOpen } = await timeVisible(
      page,
      { start: 'click', ends: { shown: { present: [`${inColumn(FROM, code)} [role="menu"]`] } } },
      () => card.locator('.move-menu__button').click(),
    ));
    ({ shown: visible.menuChoice, saved: saved.menuChoice } = await timeVisible(
      page,
      {
        start: 'click',
        ends: { shown: { present: showsAll ? [inColumn('Ongoing', code)] : [], absent: [inColumn(FROM, code)] } },
        savedIn: LINES_STORE,
      },
      () => card.getByRole('menuitem', { name: 'Ongoing' }).click(),
    ));
  });
  return { visible, saved, events };
}

/**
 * Keyboard: pick the card up with Space, move it a column right, drop it with Space. With
 * `savedIn`, the drop is also timed to the commit of its write to that store.
 */
async function keyboardGesture(page, { savedIn = null } = {}) {
  const code = await firstCodeIn(page, FROM);
  const visible = {};
  const saved = {};
  const events = await measureInteraction(page, async () => {
    await cardIn(page, FROM, code).locator('.card__handle').focus();
    ({ shown: visible.keyboardPickUp } = await timeVisible(
      page,
      { start: 'keydown', ends: { shown: { present: [overlay(code)] } } },
      () => page.keyboard.press('Space'),
    ));
    ({ shown: visible.keyboardMove } = await timeVisible(
      page,
      { start: 'keydown', ends: { shown: { present: [inColumn('Ongoing', code)] } } },
      () => page.keyboard.press('ArrowRight'),
    ));
    ({ shown: visible.keyboardDropShown, settled: visible.keyboardDrop, saved: saved.keyboardDrop } = await timeVisible(
      page,
      { start: 'keydown', ends: dropEnds('Ongoing', code), savedIn },
      () => page.keyboard.press('Space'),
    ));
  });
  return { visible, saved, events };
}

/** Pointer: press on the card's handle, drag it below the first Completed card, release. */
async function pointerGesture(page, { savedIn = null } = {}) {
  const code = await firstCodeIn(page, FROM);
  const visible = {};
  const saved = {};
  const handle = cardIn(page, FROM, code).locator('.card__handle');
  await handle.scrollIntoViewIfNeeded();
  const from = await handle.boundingBox();
  // Dropped below the first Completed card, the gesture of the board's e2e drag test.
  const to = await column(page, 'Completed').locator('article[data-code]').first().boundingBox();
  if (!from || !to) throw new Error('The cards to drag between are not laid out.');
  const x = from.x + from.width / 2;
  const y = from.y + from.height / 2;
  const events = await measureInteraction(page, async () => {
    await page.mouse.move(x, y);
    ({ shown: visible.pointerPickUp } = await timeVisible(
      page,
      { start: 'pointerdown', ends: { shown: { present: [overlay(code)] } } },
      async () => {
        await page.mouse.down();
        // At once past the app's 6 px activation distance; the peer's sensor starts on the press.
        await page.mouse.move(x + 10, y + 10);
      },
    ));
    await page.mouse.move(to.x + to.width / 2, to.y + to.height - 5, { steps: 15 });
    await page.mouse.move(to.x + to.width / 2, to.y + to.height + 10, { steps: 5 });
    await page.locator(`${inColumn('Completed', code)}.card--placeholder`).waitFor({ timeout: TIMEOUT });
    ({ shown: visible.pointerDropShown, settled: visible.pointerDrop, saved: saved.pointerDrop } = await timeVisible(
      page,
      { start: 'pointerup', ends: dropEnds('Completed', code), savedIn },
      () => page.mouse.up(),
    ));
  });
  return { visible, saved, events };
}

/** Opening a card: its panel shows with its body rendered (the body renders after the panel). */
async function openCardGesture(page) {
  const visible = {};
  const events = await measureInteraction(page, async () => {
    ({ shown: visible.openCard } = await timeVisible(
      page,
      { start: 'click', ends: { shown: { present: ['dialog[open] .panel__body:not([aria-busy])'] } } },
      () => column(page, 'Ongoing').locator('.card__open').first().click(),
    ));
  });
  return { visible, events };
}

async function searchGesture(page) {
  const search = page.locator('#board-search');
  await search.focus();
  const events = await measureInteraction(page, async () => {
    // About a fast typist's pace; keys sent with no gap at all measure a burst no person produces.
    await search.pressSequentially(SEARCH_TEXT, { delay: 60 });
    await page.waitForFunction((text) => document.querySelector('#board-search')?.value === text, SEARCH_TEXT, { timeout: TIMEOUT });
  });
  return { visible: {}, events };
}

/** Each gesture on a freshly loaded board, so its first input is the page's first interaction. */
async function boardInteractions(page) {
  const gestures = { menuMove: menuGesture, keyboardMove: keyboardGesture, pointerDrag: pointerGesture, openCard: openCardGesture, search: searchGesture };
  const events = {};
  let visible = {};
  let saved = {};
  for (const [name, gesture] of Object.entries(gestures)) {
    await freshBoard(page, () => openRoute(page, '/board'));
    const measured = await gesture(page, { savedIn: LINES_STORE });
    events[name] = measured.events;
    visible = { ...visible, ...measured.visible };
    saved = { ...saved, ...measured.saved };
  }
  return { events, visible, saved };
}

function interactionFigures(events) {
  const names = Object.keys(events);
  return {
    interactions: Object.fromEntries(names.map((name) => [name, summarise(events[name].latencies, events[name].longTasks)])),
    allInteractions: summarise(
      names.flatMap((name) => events[name].latencies),
      names.flatMap((name) => events[name].longTasks),
    ),
  };
}

/** One run on a fresh browser context: its own IndexedDB, seeded on first open. */
async function runOnce(browser, baseURL, dataset, rate) {
  const context = await browser.newContext({ viewport: VIEWPORT, acceptDownloads: true });
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
    const { events, visible, saved } = await boardInteractions(page);
    return {
      lines: Number(lineCount),
      boardCardsVisibleMs: boardMs,
      dashboardFiguresVisibleMs: dashboardMs,
      exportMs,
      importMs: imported.checkMs + imported.replaceMs,
      importCheckMs: imported.checkMs,
      importReplaceMs: imported.replaceMs,
      ...interactionFigures(events),
      visible,
      saved,
    };
  } finally {
    await context.close();
  }
}

/** The seed as the app exports it, for the peer board: the app's own first-run data. */
async function exportSeed(browser, baseURL) {
  const context = await browser.newContext({ viewport: VIEWPORT, acceptDownloads: true });
  try {
    const page = await context.newPage();
    await page.goto(`${baseURL}#/board`);
    await page.locator('article[data-code]').first().waitFor({ timeout: TIMEOUT });
    const { path } = await exportSnapshot(page);
    return JSON.parse(readFileSync(path, 'utf8'));
  } finally {
    await context.close();
  }
}

/** One run of the peer board on a fresh browser context, with the dataset's cards in the page. */
async function runPeerOnce(browser, peerURL, board, rate) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    await context.addInitScript(installPageProbe);
    await context.addInitScript({ content: peerBoardScript(board) });
    const page = await context.newPage();
    await page.goto(peerURL);
    await page.locator('article[data-code]').first().waitFor({ timeout: TIMEOUT });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });

    const reload = () => page.reload();
    await reload();
    await page.waitForFunction(() => window.__benchProbe.marks.cards !== undefined, null, { timeout: TIMEOUT });
    const boardMs = await page.evaluate(() => window.__benchProbe.marks.cards);
    // The plain example does not virtualise or shorten: every card is on the page.
    const lines = await page.locator('section[data-container] article[data-code]').count();
    const cardCount = board.columns.reduce((sum, { cards }) => sum + cards.length, 0);
    if (lines !== cardCount) throw new Error(`The peer shows ${lines} cards of ${cardCount}.`);
    const gestures = { keyboardMove: keyboardGesture, pointerDrag: pointerGesture };
    const events = {};
    let visible = {};
    for (const [name, gesture] of Object.entries(gestures)) {
      await freshBoard(page, reload);
      const measured = await gesture(page);
      events[name] = measured.events;
      visible = { ...visible, ...measured.visible };
    }
    return { lines, boardCardsVisibleMs: boardMs, ...interactionFigures(events), visible };
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
 * figure is the median of `runs` runs. With `peerURL` (bench/peer/server.mjs), the peer board runs
 * beside the app, the two taking turns to go first from one run to the next.
 */
export async function runBenchmark({ browser, baseURL, peerURL = null, datasets = DATASETS.map((d) => d.name), rates = [1, 4], runs = 3, log = () => {} }) {
  const javaScript = await measureJavaScript(browser, baseURL);
  log(`JavaScript: first load ${javaScript.firstLoadGzipKb.toFixed(1)} kB gzip, right after the first paint ${javaScript.afterPaintGzipKb.toFixed(1)} kB, total ${javaScript.totalGzipKb.toFixed(1)} kB gzip`);
  const results = [];
  for (const name of datasets) {
    const dataset = DATASETS.find((candidate) => candidate.name === name);
    if (!dataset) throw new Error(`Unknown dataset "${name}"; known: ${DATASETS.map((d) => d.name).join(', ')}.`);
    const generated = snapshotFileFor(dataset);
    const peerBoard = peerURL
      ? peerBoardFrom(generated ? JSON.parse(generated.buffer.toString('utf8')) : await exportSeed(browser, baseURL))
      : null;
    for (const rate of rates) {
      const samples = [];
      const peerSamples = [];
      for (let run = 1; run <= runs; run += 1) {
        const app = async () => {
          log(`${name} at ${rate}x: run ${run} of ${runs}, app`);
          samples.push(await runOnce(browser, baseURL, dataset, rate));
        };
        const peer = async () => {
          log(`${name} at ${rate}x: run ${run} of ${runs}, peer`);
          peerSamples.push(await runPeerOnce(browser, peerURL, peerBoard, rate));
        };
        const order = !peerBoard ? [app] : run % 2 === 1 ? [app, peer] : [peer, app];
        for (const step of order) await step();
      }
      results.push({ dataset: name, rate, runs, figures: medianOf(samples), peer: peerBoard ? medianOf(peerSamples) : null });
    }
  }
  return { javaScript, results };
}
