import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { DATASETS } from './datasets.mjs';
import { datasetFile, importSnapshot } from './harness.mjs';

/*
 * Team sync's figures (issue 19), against `npm run sync-server`'s stand-in serving the built app
 * and the team database on one origin, as deployed:
 * - first sync: from the click on "Sign in and sync" in an empty browser to the frame that shows the header's "Synced",
 *   with the dataset already in the team database, at 4x CPU throttling;
 * - change shown: from the click on a Move menu choice in one browser to the frame that shows the
 *   card in its new column in another browser, on loopback, unthrottled.
 */

const TIMEOUT = 180_000;
const VIEWPORT = { width: 1280, height: 900 };

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function startServer(appFolder) {
  const child = spawn(process.execPath, ['sync/server.cjs', '--demo', '--app', appFolder], {
    env: { ...process.env, SYNC_PORT: '0', SYNC_ADMIN: 'admin', SYNC_ADMIN_PASSWORD: randomUUID() },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', resolve);
      child.kill();
    });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk.toString();
      const url = /app on (\S+)/.exec(output)?.[1];
      if (url) resolve({ url, stop });
    });
    child.stderr.on('data', (chunk) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`the sync server stopped (${code}): ${output}`)));
  });
}

/** In `page`, the time of the first frame that shows the header's "Synced", the page's clock. */
function watchForSynced(page) {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const check = () => {
          if (!document.querySelector('[role="status"][aria-label="Team sync: Synced"]')) return requestAnimationFrame(check);
          // The frame that paints it has started; its end is the next frame's start.
          requestAnimationFrame(() => resolve(performance.now()));
        };
        check();
      }),
  );
}

/**
 * Signs in; the time from the click to the frame that shows "Synced", both taken in the page:
 * waiting for it from here added Playwright's click, its polling and its round trips (0.03-0.5 s at 4x).
 */
async function signIn(page, name) {
  await page.goto('./#/settings');
  await page.getByLabel('User name').fill(name);
  await page.getByLabel('Password', { exact: true }).fill(`${name}-password`);
  const button = page.getByRole('button', { name: 'Sign in and sync' });
  await button.waitFor({ timeout: TIMEOUT });
  const synced = watchForSynced(page);
  const clickedAt = await page.evaluate((element) => {
    const at = performance.now();
    element.click();
    return at;
  }, await button.elementHandle());
  return (await synced) - clickedAt;
}

async function person(browser, url, name, { rate = 1, dataset = null } = {}) {
  const context = await browser.newContext({ baseURL: url, viewport: VIEWPORT });
  const page = await context.newPage();
  await page.goto('./#/board');
  await page.locator('article[data-code]').first().waitFor({ timeout: TIMEOUT });
  if (dataset) await importSnapshot(page, dataset);
  if (rate !== 1) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate });
  return { page, syncMs: await signIn(page, name), close: () => context.close() };
}

/** In `watcher`, the wall-clock time of the first frame that shows `code` in `status`'s column. */
function watchForCard(watcher, status, code) {
  return watcher.evaluate(
    ({ status: column, code: line }) =>
      new Promise((resolve) => {
        const selector = `section[data-container="${column}"] article[data-code="${line}"]:not(.card--overlay)`;
        const check = () => {
          if (!document.querySelector(selector)) return requestAnimationFrame(check);
          // The frame that paints it has started; its end is the next frame's start.
          requestAnimationFrame(() => resolve(performance.timeOrigin + performance.now()));
        };
        check();
      }),
    { status, code },
  );
}

/** Moves `code` to `status` with the Move menu; the wall-clock time of the choice's click. */
async function moveWithMenu(page, code, status) {
  await page.getByRole('button', { name: `Move ${code}` }).click();
  const choice = page.getByRole('menuitem', { name: status, exact: true });
  await choice.waitFor({ timeout: TIMEOUT });
  const handle = await choice.elementHandle();
  return page.evaluate((element) => {
    const at = performance.timeOrigin + performance.now();
    element.click();
    return at;
  }, handle);
}

/** One run: the team database filled from `file` (null: the seed) by a team admin, then an editor joins. */
async function withTeam(browser, appFolder, file, edRate, use) {
  const server = await startServer(appFolder);
  const people = [];
  try {
    const ada = await person(browser, server.url, 'ada', { dataset: file });
    people.push(ada);
    const ed = await person(browser, server.url, 'ed', { rate: edRate });
    people.push(ed);
    return await use(ada, ed);
  } finally {
    for (const each of people) await each.close();
    await server.stop();
  }
}

export async function runTeamSyncBenchmark({ browser, appFolder, dataset = '2000x10', rate = 4, runs = 3, moves = 5, log = () => {} }) {
  const data = DATASETS.find((candidate) => candidate.name === dataset);
  if (!data) throw new Error(`Unknown dataset "${dataset}".`);
  const file = datasetFile(data);
  const firstSync = [];
  const changeShown = [];
  for (let run = 1; run <= runs; run += 1) {
    log(`team sync: run ${run} of ${runs}, first sync of ${dataset} at ${rate}x`);
    firstSync.push(await withTeam(browser, appFolder, file, rate, (_ada, ed) => ed.syncMs));
    log(`team sync: run ${run} of ${runs}, a change shown in another browser`);
    // On the seed: every card of its 24 lines is on the board, wherever it moves.
    await withTeam(browser, appFolder, null, 1, async (ada, ed) => {
      for (const page of [ada.page, ed.page]) await page.goto('./#/board');
      const code = await ada.page.locator('section[data-container="To be started"] article[data-code]').first().getAttribute('data-code');
      for (let move = 0; move < moves; move += 1) {
        const to = move % 2 === 0 ? 'Ongoing' : 'To be started';
        const seen = watchForCard(ed.page, to, code);
        const clickedAt = await moveWithMenu(ada.page, code, to);
        changeShown.push((await seen) - clickedAt);
      }
    });
  }
  return { dataset, runs, firstSyncMs: median(firstSync), changeShownMs: median(changeShown), samples: { firstSync, changeShown } };
}
