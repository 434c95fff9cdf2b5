import { mkdtempSync, readFileSync } from 'node:fs';
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

function completedCards(page: Page) {
  return page.getByRole('region', { name: 'Completed', exact: true }).getByRole('article');
}

async function moveM2ToCompleted(page: Page) {
  await page.getByRole('link', { name: 'Board', exact: true }).click();
  await page.getByRole('button', { name: 'Move M2', exact: true }).click();
  await page.getByRole('menu', { name: 'Move M2 to' }).getByRole('menuitem', { name: 'Completed' }).click();
  await page.getByRole('status').filter({ hasText: 'M2 moved to Completed' }).waitFor();
}

describe('snapshots in Chromium', () => {
  it('exports, imports back after a change, keeps a backup, refuses a bad file and compares', async () => {
    const { context, page } = await openApp(browser, '/snapshots');
    await page.getByRole('heading', { level: 1, name: 'Snapshots' }).waitFor();

    await page.getByLabel('Label for the file').fill('CWG-FHR January 2026');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export snapshot' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^action-lines-\d{4}-\d{2}-\d{2}-cwg-fhr-january-2026\.json$/);
    // Saved under its own name, as a user's download folder would keep it.
    const exportedPath = join(mkdtempSync(join(tmpdir(), 'snapshots-e2e-')), download.suggestedFilename());
    await download.saveAs(exportedPath);
    const exported = JSON.parse(readFileSync(exportedPath, 'utf8'));
    expect(exported.format).toBe('action-line-tracker-snapshot');
    expect(exported.actionLines).toHaveLength(24);
    expect(exported.actionLines.find((line: { code: string }) => line.code === 'M2').status).toBe('Ongoing');

    await moveM2ToCompleted(page);
    await expect.poll(() => completedCards(page).count()).toBe(3);

    await page.getByRole('link', { name: 'Snapshots', exact: true }).click();
    await page.getByLabel('Import snapshot').setInputFiles(exportedPath);
    const preview = page.getByRole('region', { name: 'Check before replacing the current state' });
    await preview.waitFor();
    await preview.getByText('Completed → Ongoing').waitFor();
    await page.screenshot({ path: `${SCREENSHOT_DIR}snapshots-import-preview.png`, fullPage: true });
    await preview.getByRole('button', { name: 'Replace the current state' }).click();
    await page.getByRole('status').filter({ hasText: 'is now the current state' }).waitFor();

    const list = page.getByRole('table', { name: 'Saved snapshots, newest first' });
    await list.getByText('Automatic backup', { exact: true }).waitFor();
    expect(await list.getByRole('row').count()).toBe(2);

    const report = page.getByRole('article', { name: /^Changes from Automatic backup before import/ });
    await report.waitFor();
    expect(await report.locator('li[data-code]').count()).toBe(1);
    expect(await report.locator('li[data-code="M2"]').textContent()).toContain('Completed → Ongoing');
    await page.getByRole('heading', { name: 'Compare' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOT_DIR}snapshots-list-and-compare.png`, fullPage: true });

    const badFile = { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...exported, formatVersion: 9 })) };
    await page.getByLabel('Import snapshot').setInputFiles(badFile);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('format version 9, newer than this app understands');
    await page.screenshot({ path: `${SCREENSHOT_DIR}snapshots-import-error.png`, fullPage: true });
    expect(await list.getByRole('row').count()).toBe(2);

    await page.getByRole('link', { name: 'Board', exact: true }).click();
    await expect.poll(() => completedCards(page).count()).toBe(2);
    expect(await page.locator('article[data-code="M2"]').count()).toBe(1);
    expect(await page.getByRole('region', { name: 'Ongoing', exact: true }).locator('article[data-code="M2"]').count()).toBe(1);
    await context.close();
  });

  it('prints the comparison alone', async () => {
    const { context, page } = await openApp(browser, '/snapshots');
    await page.getByLabel('Snapshot name').fill('Council-25');
    await page.getByRole('button', { name: 'Save current state' }).click();
    await page.getByRole('rowheader', { name: 'Council-25' }).waitFor();
    await moveM2ToCompleted(page);
    await page.getByRole('link', { name: 'Snapshots', exact: true }).click();
    await page.getByRole('article', { name: /^Changes from Council-25/ }).locator('li[data-code="M2"]').waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('heading', { level: 1, name: 'Snapshots' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Export snapshot' }).isVisible()).toBe(false);
    expect(await page.getByRole('heading', { name: 'Headline figures' }).isVisible()).toBe(true);
    await page.screenshot({ path: `${SCREENSHOT_DIR}snapshots-compare-print.png`, fullPage: true });
    await context.close();
  });

  it('checks, replaces and exports 2,000 lines x 10 milestones in the snapshot worker, offline, within the CSP', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    await context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(appUrl('/snapshots'));
    await reloadOffline(context, page);

    const [seedDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export snapshot' }).click()]);
    const seed = JSON.parse(readFileSync(await seedDownload.path(), 'utf8'));
    const model = seed.actionLines[0];
    seed.actionLines = Array.from({ length: 2000 }, (_, index) => ({ ...model, code: `L${index + 1}`, order: index }));
    seed.milestones = seed.actionLines.flatMap((line: { code: string }) =>
      Array.from({ length: 10 }, (_, order) => ({
        id: `${line.code}-m${order + 1}`, lineCode: line.code, title: `Milestone ${order + 1} of ${line.code}`,
        target: 'Q3 2026', status: 'Ongoing', completedOn: null, order,
      })),
    );
    seed.priorityItems = [];
    seed.history = [];
    await page.getByLabel('Import snapshot').setInputFiles({ name: 'large.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(seed)) });
    const preview = page.getByRole('region', { name: 'Check before replacing the current state' });
    await preview.getByRole('button', { name: 'Show all 2,000' }).waitFor();
    expect(await preview.locator('li').count()).toBe(100 + 24);
    await page.screenshot({ path: `${SCREENSHOT_DIR}snapshots-large-import-preview.png`, fullPage: true });
    expect(page.workers().some((worker) => /snapshot\.worker-[\w-]+\.js$/.test(worker.url()))).toBe(true);

    await preview.getByRole('button', { name: 'Replace the current state' }).click();
    await page.getByRole('status').filter({ hasText: 'is now the current state' }).waitFor();
    // Written by the worker; the page's lists hear of it through Dexie's broadcast.
    const report = page.getByRole('article', { name: /^Changes from Automatic backup before import/ });
    await report.getByRole('button', { name: 'Show all 20,000' }).waitFor();
    await report.getByRole('heading', { name: 'Milestones' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOT_DIR}snapshots-large-compare.png` });

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export snapshot' }).click()]);
    const exportedPath = await download.path();
    const exported = readFileSync(exportedPath);
    expect(exported.byteLength).toBeLessThanOrEqual(5 * 1024 * 1024);
    await page.getByLabel('Import snapshot').setInputFiles(exportedPath);
    await preview.getByText('The file holds the same action lines, milestones and priority items as the current state.').waitFor();
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
