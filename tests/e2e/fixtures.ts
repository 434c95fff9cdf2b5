import { mkdirSync } from 'node:fs';
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../chromium.mjs';

export { expect };

/** Screenshots kept for people to look at, whatever the result. */
export const SCREENSHOT_DIR = new URL('../../test-results/screenshots/', import.meta.url).pathname;
mkdirSync(SCREENSHOT_DIR, { recursive: true });

/**
 * Playwright Test with the browser this machine has (see tests/chromium.mjs). Each test gets its own
 * browser context, so its own IndexedDB: every test starts from the seeded tracker.
 */
export const test = base.extend({
  launchOptions: [
    async ({}, use) => {
      await use(await chromiumLaunchOptions());
    },
    { scope: 'worker' },
  ],
});

/** The app's address for a route, e.g. appPath('/board?line=M2'). */
export function appPath(route: string): string {
  return `./#${route}`;
}

/** The codes of the cards in a column, top to bottom. */
export function codesIn(page: Page, status: string): Promise<(string | null)[]> {
  return page
    .getByRole('region', { name: status, exact: true })
    .locator('article[data-code]')
    .evaluateAll((cards) => cards.map((card) => card.getAttribute('data-code')));
}

/** An action line's card on the board, by its code. */
export function card(page: Page, code: string) {
  return page.locator(`article[data-code="${code}"]`);
}

/** The button that opens a card's panel (its title). */
export function openButton(page: Page, code: string) {
  return card(page, code).getByRole('heading').getByRole('button');
}

/** Waits until the service worker controls the page, then takes the context offline and reloads. */
export async function reloadOffline(context: BrowserContext, page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await context.setOffline(true);
  await page.reload();
}
