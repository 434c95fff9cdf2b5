import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { SCREENSHOT_DIR, appUrl, launchChromium, openApp, reloadOffline } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

const codesIn = (page: Page, status: string) =>
  page
    .getByRole('region', { name: status, exact: true })
    .locator('article[data-code]')
    .evaluateAll((cards) => cards.map((c) => c.getAttribute('data-code')));

async function boardReady(page: Page) {
  await expect.poll(() => page.locator('article[data-code]').count(), { timeout: 15_000 }).toBe(24);
}

async function moveWithMenu(page: Page, code: string, status: string) {
  await page.getByRole('button', { name: `Move ${code}`, exact: true }).click();
  await page.getByRole('menuitem', { name: status }).click();
}

async function exportSnapshot(page: Page): Promise<string> {
  await page.getByRole('link', { name: 'Snapshots', exact: true }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export snapshot' }).click(),
  ]);
  const path = join(tmpdir(), `resilience-${Date.now()}-${Math.random().toString(36).slice(2)}.json`);
  await download.saveAs(path);
  return path;
}

/** The export without its export time, which differs between two exports of the same data. */
function exportedData(path: string): string {
  const snapshot = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  delete snapshot.exportedAt;
  return JSON.stringify(snapshot);
}

describe('offline, installable and resilient, on the production build', () => {
  it('serves a manifest and a Content-Security-Policy, and loads and saves offline after one visit', async () => {
    const { context, page } = await openApp(browser, '/board');
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("script-src 'self'");
    expect(await page.locator('link[rel="manifest"]').count()).toBe(1);
    await boardReady(page);
    await reloadOffline(context, page);
    await boardReady(page);
    await moveWithMenu(page, 'E5', 'Ongoing');
    await expect.poll(() => codesIn(page, 'Ongoing')).toContain('E5');
    await page.reload();
    await boardReady(page);
    expect(await codesIn(page, 'Ongoing')).toContain('E5');
    await context.close();
  });

  it('shows a banner when storage is full, rolls the change back and keeps earlier data', async () => {
    // Chromium 156 here ignores the DevTools quota override (Storage.overrideQuotaForOrigin) for
    // both incognito and persistent profiles, so the full disk is produced where IndexedDB itself
    // raises it: IDBObjectStore.put and add throw the browser's own QuotaExceededError.
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(() => {
      const flags = window as unknown as { isStorageFull: boolean };
      flags.isStorageFull = false;
      for (const method of ['put', 'add'] as const) {
        const original = IDBObjectStore.prototype[method];
        IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: [unknown, IDBValidKey?]) {
          if (flags.isStorageFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          return original.apply(this, args);
        };
      }
    });
    const page = await context.newPage();
    await page.goto(appUrl('/board'));
    await boardReady(page);
    const before = await exportSnapshot(page);
    await page.getByRole('link', { name: 'Board', exact: true }).click();
    await boardReady(page);

    await page.evaluate(() => {
      (window as unknown as { isStorageFull: boolean }).isStorageFull = true;
    });
    await moveWithMenu(page, 'M4', 'Completed');
    const banner = page.locator('.storage-banner[role="alert"]');
    await banner.filter({ hasText: 'Storage is full: your last change was not saved.' }).waitFor();
    await expect.poll(() => codesIn(page, 'Ongoing')).toContain('M4');
    await page.locator('article[data-code="M4"] .card__open').click();
    const panel = page.getByRole('dialog', { name: 'M4 details' });
    await panel.getByLabel('Notes').fill('Evidence gathered from the study groups. '.repeat(450));
    await panel.getByLabel('Lead unit').focus();
    await expect.poll(() => panel.getByLabel('Notes').inputValue()).toBe('');
    await page.keyboard.press('Escape');
    await page.screenshot({ path: `${SCREENSHOT_DIR}storage-full-banner.png` });

    await page.evaluate(() => {
      (window as unknown as { isStorageFull: boolean }).isStorageFull = false;
    });
    const after = await exportSnapshot(page);
    expect(exportedData(after)).toBe(exportedData(before));
    await context.close();
  });

  it('shows edits from another tab, and stops writing when another tab opens a newer schema', async () => {
    const { context, page } = await openApp(browser, '/board');
    await boardReady(page);
    const other = await context.newPage();
    await other.goto(appUrl('/board'));
    await boardReady(other);

    await moveWithMenu(other, 'V7', 'Ongoing');
    await expect.poll(() => codesIn(page, 'Ongoing')).toContain('V7');

    await other.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('action-line-tracker', 1000);
          request.onsuccess = () => {
            request.result.close();
            resolve();
          };
          request.onerror = () => reject(request.error);
        }),
    );
    await page.getByRole('alert').filter({ hasText: 'A newer version is open in another tab' }).waitFor();
    await page.screenshot({ path: `${SCREENSHOT_DIR}newer-version-banner.png` });
    await moveWithMenu(page, 'M6', 'Completed');
    await page.getByRole('alert').filter({ hasText: 'M6 could not be moved' }).waitFor();
    expect(await codesIn(page, 'Completed')).not.toContain('M6');
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
          request.onerror = () => reject(request.error);
        }),
    );
    expect(status).toBe('Ongoing');
    await context.close();
  });

  it('explains, instead of a blank page, when the browser has no IndexedDB', async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
    });
    const page = await context.newPage();
    await page.goto(appUrl('/board'));
    await page.getByRole('heading', { level: 1, name: 'This browser cannot store the tracker' }).waitFor();
    await page.screenshot({ path: `${SCREENSHOT_DIR}no-indexeddb.png` });
    await context.close();
  });

  it('renders hostile text as text, typed or imported, with no script run and no CSP violation', async () => {
    const attacks = ['<img src=x onerror=alert(1)>', 'javascript:alert(2)', '<script>alert(3)</script>'];
    const context = await browser.newContext();
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
    await page.goto(appUrl('/board?line=M1'));
    const panel = page.getByRole('dialog', { name: 'M1 details' });
    await panel.waitFor();
    await panel.getByLabel('Title', { exact: true }).fill(attacks[0] ?? '');
    await panel.getByLabel('Lead unit').fill(attacks[1] ?? '');
    await panel.getByLabel('Notes').fill(attacks[2] ?? '');
    await panel.getByLabel('Full text').fill(attacks[2] ?? '');
    await panel.getByLabel('Reason').fill(attacks[1] ?? '');
    await panel.getByLabel('New milestone title').fill(attacks[0] ?? '');
    await panel.getByRole('button', { name: 'Add milestone' }).click();
    await panel.getByRole('listitem', { name: `Milestone 1: ${attacks[0]}` }).waitFor();
    await page.keyboard.press('Escape');
    const card = page.locator('article[data-code="M1"]');
    await expect.poll(() => card.textContent()).toContain(attacks[0]);
    expect(await card.textContent()).toContain(`Lead: ${attacks[1]}`);

    await page.goto(appUrl('/priorities'));
    await page.getByRole('button', { name: 'Add a priority' }).click();
    await page.getByLabel('Action line', { exact: true }).selectOption('E1');
    await page.getByLabel('Action item', { exact: true }).fill(attacks[0] ?? '');
    await page.getByLabel('Target', { exact: true }).fill('Q1 2027');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('row').filter({ hasText: attacks[0] }).waitFor();

    const exported = await exportSnapshot(page);
    await page.getByLabel('Snapshot name').fill(attacks[2] ?? '');
    await page.getByRole('button', { name: 'Save current state' }).click();
    await page.getByRole('row').filter({ hasText: attacks[2] }).first().waitFor();
    const snapshot = JSON.parse(readFileSync(exported, 'utf8')) as { actionLines: { code: string; title: string }[] };
    const m2 = snapshot.actionLines.find((line) => line.code === 'M2');
    if (m2) m2.title = attacks[2] ?? '';
    const hostile = join(tmpdir(), `hostile-${Date.now()}.json`);
    writeFileSync(hostile, JSON.stringify(snapshot, null, 2));
    await page.getByLabel('Import snapshot').setInputFiles(hostile);
    await page.getByRole('button', { name: 'Replace the current state' }).click();
    await page.getByRole('status').filter({ hasText: 'is now the current state' }).waitFor();
    for (const path of ['/board', '/dashboard', '/priorities', '/timeline', '/snapshots', '/settings']) {
      await page.goto(appUrl(path));
      await page.getByRole('heading', { level: 1 }).first().waitFor();
    }
    await page.goto(appUrl('/board'));
    await boardReady(page);
    expect(await page.locator('article[data-code="M2"]').textContent()).toContain(attacks[2]);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(dialogs).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    await context.close();
  });
});
