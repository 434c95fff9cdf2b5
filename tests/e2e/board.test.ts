import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { SCREENSHOT_DIR, launchChromium, openApp } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

function cardsIn(page: Page, status: string) {
  return page.getByRole('region', { name: status, exact: true }).getByRole('article');
}

describe('the seeded board in Chromium', () => {
  it('shows the 24 lines in their columns, moves one with the Move menu, and keeps it after a reload', async () => {
    const { context, page } = await openApp(browser, '/board');
    await expect.poll(() => page.getByRole('article').count()).toBe(24);
    expect(await cardsIn(page, 'To be started').count()).toBe(6);
    expect(await cardsIn(page, 'Ongoing').count()).toBe(16);
    expect(await cardsIn(page, 'Completed').count()).toBe(2);
    await page.screenshot({ path: `${SCREENSHOT_DIR}board.png`, fullPage: true });

    await page.getByRole('button', { name: 'Move M2', exact: true }).click();
    await page.getByRole('menu', { name: 'Move M2 to' }).getByRole('menuitem', { name: 'Completed' }).click();
    await expect.poll(() => cardsIn(page, 'Completed').count()).toBe(3);
    await page.getByRole('status').filter({ hasText: 'M2 moved to Completed' }).waitFor();

    await page.reload();
    await expect.poll(() => page.getByRole('article').count()).toBe(24);
    const completed = cardsIn(page, 'Completed');
    expect(await completed.count()).toBe(3);
    expect(await page.getByRole('region', { name: 'Completed', exact: true }).locator('article[data-code="M2"]').count()).toBe(1);
    expect(await cardsIn(page, 'Ongoing').count()).toBe(15);
    await context.close();
  });

  it('reaches every view by its address, also after a reload', async () => {
    const { context, page } = await openApp(browser, '/priorities');
    await page.getByRole('heading', { level: 1, name: 'Priorities for 2025 and 2026' }).waitFor();
    for (const [link, heading] of [
      ['Dashboard', 'Dashboard'],
      ['Snapshots', 'Snapshots'],
    ] as const) {
      await page.getByRole('link', { name: link, exact: true }).click();
      await page.reload();
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      expect(page.url()).toContain(`#/${link.toLowerCase()}`);
    }
    await context.close();
  });

  it('keeps the route and its query inside the hash, replacing filter changes and pushing the card panel', async () => {
    const { context, page } = await openApp(browser, '/');
    await expect.poll(() => page.getByRole('article').count()).toBe(24);
    expect(page.url()).toMatch(/#\/board$/);
    await page.getByLabel('Status', { exact: true }).selectOption('Ongoing');
    await expect.poll(() => page.getByRole('article').count()).toBe(16);
    expect(page.url()).toMatch(/#\/board\?status=Ongoing$/);

    await page.locator('article[data-code="M2"] .card__open').click();
    await page.getByRole('dialog', { name: 'M2 details' }).waitFor();
    const address = new URL(page.url());
    expect(address.search).toBe('');
    expect(address.hash).toBe('#/board?status=Ongoing&line=M2');
    await page.screenshot({ path: `${SCREENSHOT_DIR}board-routing-panel.png` });

    await page.goBack();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    expect(page.url()).toMatch(/#\/board\?status=Ongoing$/);
    await page.goForward();
    await page.getByRole('dialog', { name: 'M2 details' }).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.url()).toMatch(/#\/board\?status=Ongoing$/);

    await page.getByRole('link', { name: 'Dashboard', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    expect(await page.getByRole('link', { name: 'Dashboard', exact: true }).getAttribute('aria-current')).toBe('page');
    expect(await page.getByRole('link', { name: 'Board', exact: true }).getAttribute('aria-current')).toBeNull();
    await page.goBack();
    await expect.poll(() => page.getByRole('article').count()).toBe(16);
    expect(await page.getByLabel('Status', { exact: true }).inputValue()).toBe('Ongoing');
    await page.screenshot({ path: `${SCREENSHOT_DIR}board-routing-back.png` });
    await context.close();
  });

  it('never seeds twice: a second tab sees the same data', async () => {
    const { context, page } = await openApp(browser, '/board');
    await expect.poll(() => page.getByRole('article').count()).toBe(24);
    const second = await context.newPage();
    await second.goto(page.url());
    await expect.poll(() => second.getByRole('article').count()).toBe(24);
    const count = await second.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const request = indexedDB.open('action-line-tracker');
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const tx = request.result.transaction('actionLines', 'readonly');
            const countRequest = tx.objectStore('actionLines').count();
            countRequest.onsuccess = () => resolve(countRequest.result);
          };
        }),
    );
    expect(count).toBe(24);
    await context.close();
  });
});
