import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { expect, type Browser, type BrowserContext, type Page, type TestInfo } from '@playwright/test';

export interface TeamServer {
  /** The app and, under /couchdb/, the team database: one origin, as the README deploys it. */
  appUrl: string;
  /** The team database, with the server admin's credentials (for replication between servers). */
  adminDatabaseUrl: string;
  stop: () => Promise<void>;
  /** Starts the stopped server again on its address, with its data (only with `dataFolder`). */
  restart: () => Promise<void>;
}

/** The folder Playwright's web server built the app into (playwright.config.ts). */
function buildFolder(testInfo: TestInfo): string {
  const port = new URL(String(testInfo.project.use.baseURL)).port;
  return `test-results/e2e-app-${port}`;
}

interface RunningServer {
  url: string;
  stop: () => Promise<void>;
}

function spawnServer(args: string[], port: string, adminPassword: string): Promise<RunningServer> {
  const child = spawn(process.execPath, ['sync/server.cjs', ...args], {
    env: { ...process.env, SYNC_PORT: port, SYNC_ADMIN: 'admin', SYNC_ADMIN_PASSWORD: adminPassword },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let isStopping = false;
  const stop = () =>
    new Promise<void>((resolve) => {
      isStopping = true;
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill();
    });
  let output = '';
  // A server that stops by itself mid-test would otherwise show only as the app's "Offline".
  child.once('exit', (code, signal) => {
    if (!isStopping) console.error(`The sync server on ${args.join(' ')} stopped by itself (${code ?? signal}):\n${output}`);
  });
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const url = /app on (\S+)/.exec(output)?.[1];
      if (url) resolve({ url, stop });
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`the sync server stopped (${code}): ${output}`)));
  });
}

/**
 * Starts sync/server.cjs on a free loopback port with the built app, the team database and three
 * people (ada: team admin, ed: editor, rita: reader; password "<name>-password"). With
 * `dataFolder`, the databases live on disk there and outlive a stop.
 */
export async function startTeamServer(testInfo: TestInfo, options: { dataFolder?: string } = {}): Promise<TeamServer> {
  const adminPassword = randomUUID();
  const storage = options.dataFolder ? ['--data', options.dataFolder] : [];
  let running = await spawnServer(['--demo', '--app', buildFolder(testInfo), ...storage], '0', adminPassword);
  const appUrl = running.url;
  const admin = new URL('couchdb/action-line-tracker', appUrl);
  admin.username = 'admin';
  admin.password = adminPassword;
  return {
    appUrl,
    adminDatabaseUrl: admin.href,
    stop: () => running.stop(),
    restart: async () => {
      if (!options.dataFolder) throw new Error('Only a server with a data folder keeps its data over a restart.');
      running = await spawnServer(['--app', buildFolder(testInfo), ...storage], new URL(appUrl).port, adminPassword);
    },
  };
}

const people = new Set<BrowserContext>();

/** A person in a browser of their own, signed in to the team and synced. */
/** A person's browser on the app, signed in to nothing yet; closePeople closes it. */
export async function newPerson(browser: Browser, server: TeamServer): Promise<Page> {
  const context = await browser.newContext({ baseURL: server.appUrl, viewport: { width: 1280, height: 800 } });
  people.add(context);
  return context.newPage();
}

export async function signedInPerson(browser: Browser, server: TeamServer, name: string): Promise<Page> {
  const page = await newPerson(browser, server);
  await page.goto('./#/settings');
  await page.getByLabel('User name').fill(name);
  await page.getByLabel('Password', { exact: true }).fill(`${name}-password`);
  await page.getByRole('button', { name: 'Sign in and sync' }).click();
  await expect(page.getByText(`Signed in as ${name}`)).toBeVisible();
  await expect(syncState(page)).toContainText('Synced', { timeout: 20_000 });
  return page;
}

/**
 * Closes every person's browser. The worker's browser outlives a test: a person left open keeps
 * syncing, and retrying against a stopped server, through the next tests.
 */
export async function closePeople(): Promise<void> {
  await Promise.all([...people].map((context) => context.close()));
  people.clear();
}

/** The header's team sync state. */
export function syncState(page: Page) {
  return page.getByRole('status', { name: /^Team sync:/ });
}

/** The team's part of a person's tracker as stored: every synced table, and the tracker's settings. */
export function storedTeamRecords(page: Page): Promise<Record<string, unknown[]>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown[]>>((resolve, reject) => {
        const tables = ['areas', 'actionLines', 'priorityItems', 'indicators', 'indicatorPeriods', 'historyEntries', 'settings'];
        const request = indexedDB.open('action-line-tracker');
        request.onerror = () => reject(request.error ?? new Error('The IndexedDB request failed.'));
        request.onsuccess = () => {
          const transaction = request.result.transaction(tables, 'readonly');
          const reads = tables.map((table) => transaction.objectStore(table).getAll());
          transaction.oncomplete = () => {
            request.result.close();
            const records = Object.fromEntries(tables.map((table, index) => [table, reads[index]?.result ?? []]));
            const trackerSettings = ['reportingDate', 'seededAt', 'strategy'];
            resolve({ ...records, settings: (records.settings ?? []).filter((setting: { key: string }) => trackerSettings.includes(setting.key)) });
          };
        };
      }),
  );
}

/** `value` as JSON with every object's keys in order: a record pulled lists its fields in another order than one written here. */
export function canonicalJson(value: unknown): string {
  const ordered = (each: unknown): unknown => {
    if (Array.isArray(each)) return each.map(ordered);
    if (each === null || typeof each !== 'object') return each;
    const record = each as Record<string, unknown>;
    return Object.fromEntries(Object.keys(record).sort().map((key) => [key, ordered(record[key])]));
  };
  return JSON.stringify(ordered(value));
}

const TEAM_DATABASE = '**/couchdb/**';

/**
 * The person's browser can no longer reach the team database, as on a train. Only the database:
 * a browser that is wholly offline runs the app from its service worker, which a first visit in a
 * test has not installed yet.
 */
export async function cutOff(page: Page): Promise<void> {
  await page.context().route(TEAM_DATABASE, (route) => route.abort('internetdisconnected'));
}

/** The network is back; the app notices as a browser does, from the 'online' event or its next retry. */
export async function reconnect(page: Page): Promise<void> {
  await page.context().unroute(TEAM_DATABASE);
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
}

/** Replicates `source`'s team database into `target`'s, continuously, as CouchDB servers of two offices would. */
export async function replicate(source: TeamServer, target: TeamServer): Promise<void> {
  const url = new URL(source.adminDatabaseUrl);
  const answer = await fetch(new URL('/couchdb/_replicate', url.origin), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Basic ${btoa(`${url.username}:${decodeURIComponent(url.password)}`)}` },
    body: JSON.stringify({ source: source.adminDatabaseUrl, target: target.adminDatabaseUrl, continuous: true }),
  });
  expect(answer.ok).toBe(true);
}

/** Waits until `server`'s team database holds the document `id` (replication is asynchronous). */
export async function waitForDocument(server: TeamServer, id: string): Promise<void> {
  const url = new URL(server.adminDatabaseUrl);
  const address = `${url.origin}${url.pathname}/${encodeURIComponent(id)}`;
  const authorization = `Basic ${btoa(`${url.username}:${decodeURIComponent(url.password)}`)}`;
  await expect.poll(async () => (await fetch(address, { headers: { authorization } })).status, { timeout: 20_000 }).toBe(200);
}

/*
 * Whether one tab still has calls to the team database in flight when another tab closes the
 * session. Playwright's request events cannot tell: they come from two processes in no guaranteed
 * order (a CI run counted a call the syncing tab had already ended). The browser's Web Lock manager
 * orders both tabs' steps, so each call holds a lock, and the other tab counts them.
 */
const CALL_LOCK = 'call in flight';

/** From now on, each of `page`'s calls to the team database holds a Web Lock until its answer is read or it is aborted. */
export async function holdLocksWhileCallsInFlight(page: Page): Promise<void> {
  await page.evaluate((lockName) => {
    const send = window.fetch.bind(window);
    let calls = 0;
    window.fetch = (input, init) => {
      if (!String(input instanceof Request ? input.url : input).includes('/couchdb/')) return send(input, init);
      // The call starts once its lock is held, so the lock goes only after the call has ended.
      return new Promise<Response>((resolve, reject) => {
        void navigator.locks.request(`${lockName} ${(calls += 1)}`, () => {
          const call = send(input, init);
          call.then(resolve, reject);
          return call.then((response) => response.clone().arrayBuffer()).then(
            () => undefined,
            () => undefined,
          );
        });
      });
    };
  }, CALL_LOCK);
}

/** How many of those locks are held now. */
export function locksOfCallsInFlight(page: Page): Promise<number> {
  return page.evaluate(async (lockName) => ((await navigator.locks.query()).held ?? []).filter((lock) => lock.name?.startsWith(lockName)).length, CALL_LOCK);
}

/** Counts those locks, held or waited for, each time `page` is about to send DELETE /_session; resolves to the counts. */
export async function countLocksAsSessionCloses(page: Page): Promise<() => Promise<number[]>> {
  await page.evaluate((lockName) => {
    const send = window.fetch.bind(window);
    const counts: number[] = [];
    Object.assign(window, { locksAsSessionCloses: counts });
    window.fetch = async (input, init) => {
      if (init?.method === 'DELETE' && (input instanceof Request ? input.url : String(input)).endsWith('/_session')) {
        const { held = [], pending = [] } = await navigator.locks.query();
        counts.push([...held, ...pending].filter((lock) => lock.name?.startsWith(lockName)).length);
      }
      return send(input, init);
    };
  }, CALL_LOCK);
  return () => page.evaluate(() => (window as unknown as { locksAsSessionCloses: number[] }).locksAsSessionCloses);
}
