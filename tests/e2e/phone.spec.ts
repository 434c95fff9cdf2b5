import { axeViolations } from './axe';
import { appPath, card, codesIn, expect, test, SCREENSHOT_DIR } from './fixtures';

test.describe('the board on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('shows one status column at a time, chosen in the column switcher, and remembers the choice', async ({ page }) => {
    await page.goto(appPath('/board'));
    const switcher = page.getByRole('group', { name: 'Column to show' });
    const completed = switcher.getByRole('button', { name: 'Completed 2' });
    await expect(switcher.getByRole('button', { name: 'To be started 6' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('region', { name: 'To be started', exact: true })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Completed', exact: true })).toBeHidden();

    await completed.click();
    await expect(completed).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('region', { name: 'Completed', exact: true })).toBeVisible();
    await expect(page.getByRole('region', { name: 'To be started', exact: true })).toBeHidden();
    expect(await codesIn(page, 'Completed')).toHaveLength(2);
    await expect(card(page, 'E1')).toBeHidden();
    expect(await axeViolations(page, '.column-switcher')).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOT_DIR}phone-board-completed.png` });

    await page.reload();
    await expect(page.getByRole('region', { name: 'Completed', exact: true })).toBeVisible();
    await expect(switcher.getByRole('button', { name: 'Completed 2' })).toHaveAttribute('aria-pressed', 'true');
  });

  test('keeps the switcher in reach while a long column scrolls, hides keyboard hints and never scrolls sideways', async ({ page }) => {
    await page.goto(appPath('/board'));
    const switcher = page.getByRole('group', { name: 'Column to show' });
    await switcher.getByRole('button', { name: 'Ongoing 16' }).click();
    await card(page, 'V6').scrollIntoViewIfNeeded();
    const box = await switcher.boundingBox();
    expect(Math.abs(box?.y ?? -1)).toBeLessThan(1);
    await expect(page.getByText('Undo: Ctrl+Z. Redo: Ctrl+Shift+Z.')).toBeHidden();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});

test.describe('every view on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  for (const language of ['en', 'ar']) {
    test(`scrolls no view sideways at 390 px (${language})`, async ({ page }) => {
      await page.addInitScript((code) => {
        localStorage.setItem('action-line-tracker-ui', JSON.stringify({ state: { language: code, isSwimlanes: false, isScheduleNoticeDismissed: true }, version: 1 }));
      }, language);
      for (const route of ['/board', '/dashboard', '/priorities', '/timeline', '/indicators', '/snapshots', '/settings']) {
        await page.goto(appPath(route));
        await expect(page.locator('main h1')).toBeVisible();
        await expect(page.locator('.page__status')).toHaveCount(0);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect({ route, overflow }).toEqual({ route, overflow: 0 });
      }
    });
  }
});

test.describe('the dashboard chart on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('leaves the bars room beside the area names', async ({ page }) => {
    await page.goto(appPath('/dashboard'));
    const chart = page.locator('.status-chart__canvas');
    const bars = chart.locator('.recharts-bar-rectangle path');
    await expect(bars).toHaveCount(6);
    const canvas = await chart.boundingBox();
    const rowWidths = await bars.evaluateAll((paths) => {
      const byRow = new Map<number, number>();
      for (const path of paths) {
        const { top, width } = path.getBoundingClientRect();
        byRow.set(Math.round(top), (byRow.get(Math.round(top)) ?? 0) + width);
      }
      return [...byRow.values()];
    });
    // Area M's 10 lines, the longest bar, drawn across about half the chart.
    expect(rowWidths).toHaveLength(3);
    expect(Math.max(...rowWidths)).toBeGreaterThan((canvas?.width ?? 0) * 0.4);
    await chart.screenshot({ path: `${SCREENSHOT_DIR}phone-dashboard-chart.png` });
  });
});

test('shows every column and no column switcher on a wide screen', async ({ page }) => {
  await page.goto(appPath('/board'));
  await expect(page.getByRole('article')).toHaveCount(24);
  await expect(page.getByRole('group', { name: 'Column to show' })).toBeHidden();
  await expect(page.getByText('Undo: Ctrl+Z. Redo: Ctrl+Shift+Z.')).toBeVisible();
  for (const status of ['To be started', 'Ongoing', 'Completed']) {
    await expect(page.getByRole('region', { name: status, exact: true })).toBeVisible();
  }
});
