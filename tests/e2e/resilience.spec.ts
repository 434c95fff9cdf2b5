import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { SCREENSHOT_DIR, appPath, card, expect, openButton, reloadOffline, test } from './fixtures';

const column = (page: Page, status: string) => page.getByRole('region', { name: status, exact: true });

/** Whether a column holds a line's card (cards are found by their code, which has no role of its own). */
const cardIn = (page: Page, status: string, code: string) => column(page, status).locator(`article[data-code="${code}"]`);

async function boardReady(page: Page) {
  await expect(page.getByRole('article')).toHaveCount(24);
}

async function moveWithMenu(page: Page, code: string, status: string) {
  await page.getByRole('button', { name: `Move ${code}`, exact: true }).click();
  await page.getByRole('menu', { name: `Move ${code} to` }).getByRole('menuitem', { name: status }).click();
}

let exportCount = 0;

/** Exports a snapshot from the Snapshots view and saves the file in the test's output folder. */
async function exportSnapshot(page: Page): Promise<string> {
  await page.getByRole('link', { name: 'Snapshots', exact: true }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export snapshot' }).click(),
  ]);
  exportCount += 1;
  const path = test.info().outputPath(`export-${exportCount}.json`);
  await download.saveAs(path);
  return path;
}

/** The export without its export time, which differs between two exports of the same data. */
function exportedData(path: string): string {
  const snapshot = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  delete snapshot.exportedAt;
  return JSON.stringify(snapshot);
}

test.describe('offline, installable and resilient, on the production build', () => {
  test('serves a manifest and a Content-Security-Policy, and loads and saves offline after one visit', async ({ context, page }) => {
    await page.goto(appPath('/board'));
    // Elements of the document's head: they have no role, CSS finds them.
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', /script-src 'self'/);
    await expect(page.locator('link[rel="manifest"]')).toHaveCount(1);
    await boardReady(page);
    await reloadOffline(context, page);
    await boardReady(page);
    await moveWithMenu(page, 'E5', 'Ongoing');
    await expect(cardIn(page, 'Ongoing', 'E5')).toHaveCount(1);
    // The card moves at once; the toast says the move was saved, which is what a reload must keep.
    await expect(page.getByRole('status').filter({ hasText: 'E5 moved to Ongoing' })).toBeVisible();
    await page.reload();
    await boardReady(page);
    await expect(cardIn(page, 'Ongoing', 'E5')).toHaveCount(1);
  });

  test('shows a banner when storage is full, rolls the change back and keeps earlier data', async ({ browser, baseURL }) => {
    // Chromium 156 here ignores the DevTools quota override (Storage.overrideQuotaForOrigin) for
    // both incognito and persistent profiles, so the full disk is produced where IndexedDB itself
    // raises it: IDBObjectStore.put and add throw the browser's own QuotaExceededError.
    const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 800 } });
    await context.addInitScript(() => {
      const flags = window as unknown as { isStorageFull: boolean };
      flags.isStorageFull = false;
      for (const method of ['put', 'add'] as const) {
        const original = Object.getOwnPropertyDescriptor(IDBObjectStore.prototype, method)?.value as IDBObjectStore['put'];
        IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: [unknown, IDBValidKey?]) {
          if (flags.isStorageFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          return original.apply(this, args);
        };
      }
    });
    const page = await context.newPage();
    await page.goto(appPath('/board'));
    await boardReady(page);
    const before = await exportSnapshot(page);
    await page.getByRole('link', { name: 'Board', exact: true }).click();
    await boardReady(page);

    await page.evaluate(() => {
      (window as unknown as { isStorageFull: boolean }).isStorageFull = true;
    });
    await moveWithMenu(page, 'M4', 'Completed');
    await expect(page.getByRole('alert').filter({ hasText: 'Storage is full: your last change was not saved.' })).toBeVisible();
    await expect(cardIn(page, 'Ongoing', 'M4')).toHaveCount(1);
    await openButton(page, 'M4').click();
    const panel = page.getByRole('dialog', { name: 'M4 details' });
    const typed = 'Evidence gathered from the study groups. '.repeat(450);
    const notes = panel.getByLabel('Notes');
    await notes.fill(typed);
    await panel.getByLabel('Lead unit').focus();
    // The save fails; what the user typed stays in the field, marked unsaved, with the reason beside it.
    await expect(notes).toHaveAttribute('aria-invalid', 'true');
    await expect(panel.getByText(/^Not saved: /)).toBeVisible();
    await expect(notes).toHaveValue(typed);
    await page.screenshot({ path: `${SCREENSHOT_DIR}storage-full-unsaved-field.png` });
    await page.keyboard.press('Escape');
    await page.screenshot({ path: `${SCREENSHOT_DIR}storage-full-banner.png` });

    await page.evaluate(() => {
      (window as unknown as { isStorageFull: boolean }).isStorageFull = false;
    });
    const after = await exportSnapshot(page);
    // Both files are complete once saved: reading them once is final.
    expect(exportedData(after)).toBe(exportedData(before));
    await context.close();
  });

  test('shows edits from another tab, and stops writing when another tab opens a newer schema', async ({ context, page }) => {
    await page.goto(appPath('/board'));
    await boardReady(page);
    const other = await context.newPage();
    await other.goto(appPath('/board'));
    await boardReady(other);

    await moveWithMenu(other, 'V7', 'Ongoing');
    await expect(cardIn(page, 'Ongoing', 'V7')).toHaveCount(1);

    await other.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('action-line-tracker', 1000);
          request.onsuccess = () => {
            request.result.close();
            resolve();
          };
          request.onerror = () => reject(request.error ?? new Error('The IndexedDB request failed.'));
        }),
    );
    await expect(page.getByRole('alert').filter({ hasText: 'A newer version is open in another tab' })).toBeVisible();
    await page.screenshot({ path: `${SCREENSHOT_DIR}newer-version-banner.png` });
    await moveWithMenu(page, 'M6', 'Completed');
    await expect(page.getByRole('alert').filter({ hasText: 'M6 could not be moved' })).toBeVisible();
    await expect(cardIn(page, 'Completed', 'M6')).toHaveCount(0);
    // The refused write never reached the database, so this reading is final.
    const status = await other.evaluate(
      () =>
        new Promise<string>((resolve, reject) => {
          const request = indexedDB.open('action-line-tracker');
          request.onsuccess = () => {
            const get = request.result.transaction('actionLines').objectStore('actionLines').get('M6');
            get.onsuccess = () => {
              resolve((get.result as { status: string }).status);
              request.result.close();
            };
          };
          request.onerror = () => reject(request.error ?? new Error('The IndexedDB request failed.'));
        }),
    );
    expect(status).toBe('Ongoing');
  });

  test('explains, instead of a blank page, when the browser has no IndexedDB', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 800 } });
    await context.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
    });
    const page = await context.newPage();
    await page.goto(appPath('/board'));
    await expect(page.getByRole('heading', { level: 1, name: 'This browser cannot store the tracker' })).toBeVisible();
    await page.screenshot({ path: `${SCREENSHOT_DIR}no-indexeddb.png` });
    await context.close();
  });

  test('keeps the app on screen when a view\u2019s code cannot load, and loads it after a reload', async ({ browser, baseURL }) => {
    // Blocked: a first visit has no service worker holding the app yet.
    const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(appPath('/board'));
    await expect(card(page, 'M1')).toBeVisible();
    await context.route('**/assets/DashboardView-*.js', (route) => route.abort('internetdisconnected'));
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
    const failure = page.getByRole('alert').filter({ hasText: 'This part of the app could not load' });
    await expect(failure).toBeVisible();
    await expect(failure.getByRole('button', { name: 'Reload' })).toBeVisible();
    await page.screenshot({ path: `${SCREENSHOT_DIR}part-load-failure.png` });

    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Board', exact: true }).click();
    await expect(card(page, 'M1')).toBeVisible();
    await nav.getByRole('link', { name: 'Dashboard' }).click();
    await context.unroute('**/assets/DashboardView-*.js');
    await failure.getByRole('button', { name: 'Reload' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /^Dashboard/ })).toBeVisible();
    await context.close();
  });

  test('renders hostile text as text, typed or imported, with no script run and no CSP violation', async ({ browser, baseURL }) => {
    const attacks = ['<img src=x onerror=alert(1)>', 'javascript:alert(2)', '<script>alert(3)</script>'] as const;
    const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 800 } });
    await context.addInitScript(() => {
      const record = window as unknown as { cspViolations: string[] };
      record.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        record.cspViolations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
      });
    });
    const page = await context.newPage();
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    await page.goto(appPath('/board?line=M1'));
    const panel = page.getByRole('dialog', { name: 'M1 details' });
    await expect(panel).toBeVisible();
    await panel.getByLabel('Title', { exact: true }).fill(attacks[0]);
    await panel.getByLabel('Lead unit').fill(attacks[1]);
    await panel.getByLabel('Notes').fill(attacks[2]);
    await panel.getByLabel('Full text').fill(attacks[2]);
    await panel.getByLabel('Reason').fill(attacks[1]);
    await panel.getByLabel('New milestone title').fill(attacks[0]);
    await panel.getByRole('button', { name: 'Add milestone' }).click();
    await expect(panel.getByRole('listitem', { name: `Milestone 1: \u2068${attacks[0]}\u2069` })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(card(page, 'M1')).toContainText(attacks[0]);
    await expect(card(page, 'M1')).toContainText(`Lead: ${attacks[1]}`);

    await page.goto(appPath('/priorities'));
    await page.getByRole('button', { name: 'Add a priority' }).click();
    await page.getByLabel('Action line', { exact: true }).selectOption('E1');
    await page.getByLabel('Action item', { exact: true }).fill(attacks[0]);
    await page.getByLabel('Target', { exact: true }).fill('Q1 2027');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByRole('row').filter({ hasText: attacks[0] })).toBeVisible();

    const exported = await exportSnapshot(page);
    await page.getByLabel('Snapshot name').fill(attacks[2]);
    await page.getByRole('button', { name: 'Save current state' }).click();
    await expect(page.getByRole('row').filter({ hasText: attacks[2] }).first()).toBeVisible();
    const snapshot = JSON.parse(readFileSync(exported, 'utf8')) as { actionLines: { code: string; title: string }[] };
    const m2 = snapshot.actionLines.find((line) => line.code === 'M2');
    if (m2) m2.title = attacks[2];
    const hostile = test.info().outputPath('hostile.json');
    writeFileSync(hostile, JSON.stringify(snapshot, null, 2));
    await page.getByLabel('Import snapshot').setInputFiles(hostile);
    await page.getByRole('button', { name: 'Replace the current state' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'is now the current state' })).toBeVisible();
    for (const path of ['/board', '/dashboard', '/priorities', '/timeline', '/snapshots', '/settings']) {
      await page.goto(appPath(path));
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    }
    await page.goto(appPath('/board'));
    await boardReady(page);
    await expect(card(page, 'M2')).toContainText(attacks[2]);
    // An element the hostile markup would have created: it has no accessible name to find it by.
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    expect(dialogs).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    await context.close();
  });
});
