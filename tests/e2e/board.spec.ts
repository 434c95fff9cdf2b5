import type { Page } from '@playwright/test';
import { SCREENSHOT_DIR, appPath, expect, openButton, test } from './fixtures';

const column = (page: Page, status: string) => page.getByRole('region', { name: status, exact: true });
const cardsIn = (page: Page, status: string) => column(page, status).getByRole('article');

test.describe('the seeded board', () => {
  test('shows the 24 lines in their columns, moves one with the Move menu, and keeps it after a reload', async ({ page }) => {
    await page.goto(appPath('/board'));
    await expect(page.getByRole('article')).toHaveCount(24);
    await expect(cardsIn(page, 'To be started')).toHaveCount(6);
    await expect(cardsIn(page, 'Ongoing')).toHaveCount(16);
    await expect(cardsIn(page, 'Completed')).toHaveCount(2);
    await page.screenshot({ path: `${SCREENSHOT_DIR}board.png`, fullPage: true });

    await page.getByRole('button', { name: 'Move M2', exact: true }).click();
    await page.getByRole('menu', { name: 'Move M2 to' }).getByRole('menuitem', { name: 'Completed' }).click();
    await expect(cardsIn(page, 'Completed')).toHaveCount(3);
    await expect(page.getByRole('status').filter({ hasText: 'M2 moved to Completed' })).toBeVisible();

    await page.reload();
    await expect(page.getByRole('article')).toHaveCount(24);
    await expect(cardsIn(page, 'Completed')).toHaveCount(3);
    await expect(column(page, 'Completed').locator('article[data-code="M2"]')).toHaveCount(1);
    await expect(cardsIn(page, 'Ongoing')).toHaveCount(15);
  });

  test('reaches every view by its address, also after a reload', async ({ page }) => {
    await page.goto(appPath('/priorities'));
    await expect(page.getByRole('heading', { level: 1, name: 'Priorities for 2025 and 2026' })).toBeVisible();
    for (const [link, heading] of [
      ['Dashboard', 'Dashboard'],
      ['Snapshots', 'Snapshots'],
    ] as const) {
      await page.getByRole('link', { name: link, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`#/${link.toLowerCase()}`));
      await page.reload();
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await expect(page).toHaveURL(new RegExp(`#/${link.toLowerCase()}`));
    }
  });

  test('keeps the route and its query inside the hash, replacing filter changes and pushing the card panel', async ({ page }) => {
    await page.goto(appPath('/'));
    await expect(page.getByRole('article')).toHaveCount(24);
    await expect(page).toHaveURL(/#\/board$/);
    await page.getByLabel('Status', { exact: true }).selectOption('Ongoing');
    await expect(page.getByRole('article')).toHaveCount(16);
    await expect(page).toHaveURL(/#\/board\?status=Ongoing$/);

    await openButton(page, 'M2').click();
    await expect(page.getByRole('dialog', { name: 'M2 details' })).toBeVisible();
    await expect(page).toHaveURL(/^[^?]*#\/board\?status=Ongoing&line=M2$/);
    await page.screenshot({ path: `${SCREENSHOT_DIR}board-routing-panel.png` });

    await page.goBack();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page).toHaveURL(/#\/board\?status=Ongoing$/);
    await page.goForward();
    await expect(page.getByRole('dialog', { name: 'M2 details' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(/#\/board\?status=Ongoing$/);

    await page.getByRole('link', { name: 'Dashboard', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Dashboard', exact: true })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('link', { name: 'Board', exact: true })).not.toHaveAttribute('aria-current');
    await page.goBack();
    await expect(page.getByRole('article')).toHaveCount(16);
    await expect(page.getByLabel('Status', { exact: true })).toHaveValue('Ongoing');
    await page.screenshot({ path: `${SCREENSHOT_DIR}board-routing-back.png` });
  });

  test('never seeds twice: a second tab sees the same data', async ({ page, context }) => {
    await page.goto(appPath('/board'));
    await expect(page.getByRole('article')).toHaveCount(24);
    const second = await context.newPage();
    await second.goto(page.url());
    await expect(second.getByRole('article')).toHaveCount(24);
    const count = await second.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const request = indexedDB.open('action-line-tracker');
          request.onerror = () => reject(request.error ?? new Error('The IndexedDB request failed.'));
          request.onsuccess = () => {
            const countRequest = request.result.transaction('actionLines', 'readonly').objectStore('actionLines').count();
            countRequest.onsuccess = () => resolve(countRequest.result);
          };
        }),
    );
    expect(count).toBe(24);
  });
});
