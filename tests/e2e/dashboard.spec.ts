import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { axeViolations } from './axe';
import { SCREENSHOT_DIR, appPath, expect, test } from './fixtures';

const ALL_CODES = [
  'M1', 'M1a', 'M1b', 'M2', 'M3', 'M4', 'M5', 'M6', 'M7', 'M8',
  'E1', 'E2', 'E3', 'E4', 'E5', 'E6', 'E7',
  'V1', 'V2', 'V3', 'V4', 'V5', 'V6', 'V7',
];

/** A headline tile's value. A tile is a dt/dd pair, which gives the value no accessible name: its test id finds it. */
function tile(page: Page, key: string) {
  return page.getByTestId(`headline-${key}`).getByRole('definition');
}

/** The bar chart: drawn for the eye only (aria-hidden, its table is the text alternative), so CSS finds it. */
function chart(page: Page) {
  return page.locator('.recharts-surface').first();
}

async function setReportingDate(page: Page, isoDate: string) {
  await page.getByLabel('Reporting date').fill(isoDate);
  await page.getByLabel('Reporting date').press('Enter');
  await expect(page.getByText('as of 15 January 2026', { exact: true })).toBeVisible();
}

test.describe('the Annex 2 dashboard', () => {
  test('shows the seed headline, follows a move on the board live in this tab and another', async ({ context, page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(appPath('/dashboard'));
    await setReportingDate(page, '2026-01-15');
    await expect(tile(page, 'total')).toHaveText('24');
    await expect(tile(page, 'started')).toHaveText('18 (75%)');
    await expect(tile(page, 'completed')).toHaveText('2');
    await expect(tile(page, 'toBeStarted')).toHaveText('6');
    await expect(chart(page)).toBeVisible();
    await page.screenshot({ path: `${SCREENSHOT_DIR}dashboard.png`, fullPage: true });

    const second = await context.newPage();
    await second.goto(appPath('/dashboard'));
    await expect(tile(second, 'started')).toHaveText('18 (75%)');

    await page.getByRole('link', { name: 'Board', exact: true }).click();
    await page.getByRole('button', { name: 'Move E1', exact: true }).click();
    await page.getByRole('menu', { name: 'Move E1 to' }).getByRole('menuitem', { name: 'Ongoing' }).click();
    await page.getByRole('link', { name: 'Dashboard', exact: true }).click();
    await expect(tile(page, 'started')).toHaveText('19 (79%)');
    await expect(tile(second, 'started')).toHaveText('19 (79%)');
  });

  test('prints the dashboard as A4 landscape pages with all 24 codes and the 7 priorities', async ({ page }) => {
    await page.goto(appPath('/dashboard'));
    await setReportingDate(page, '2026-01-15');
    await expect(chart(page)).toBeVisible();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export Annex 2 (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('annex-2-2026-01-15.csv');
    // The downloaded file is complete once its path resolves: reading it once is final.
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv.startsWith('\uFEFFArea of action,Code,Title,Action line,Lead unit')).toBe(true);
    expect(csv.trimEnd().split('\r\n')).toHaveLength(25);

    // The app's header (the page's banner) and the Print button show on screen, and not on paper.
    const banner = page.getByRole('banner');
    const print = page.getByRole('button', { name: 'Print' });
    await expect(banner).toBeVisible();
    await expect(print).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(banner).toBeHidden();
    await expect(print).toBeHidden();
    await expect
      .poll(() => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--print-footer')))
      .toContain('as of 15 January 2026');
    // Each Annex 2 row starts with its code as the row header.
    await expect(page.getByRole('table', { name: /^Action lines of area / }).getByRole('rowheader')).toHaveText(ALL_CODES);
    // Each priority row has a row header, the column headers none.
    await expect(page.getByRole('table', { name: 'Priorities for 2025 and 2026', exact: true }).getByRole('rowheader')).toHaveCount(7);
    const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBeGreaterThan(0);
    writeFileSync(`${SCREENSHOT_DIR}dashboard-print.pdf`, pdf);
  });

  test('steps through presentation mode with the keyboard and leaves with Escape', async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(appPath('/dashboard'));
    await setReportingDate(page, '2026-01-15');
    await page.getByRole('link', { name: 'Present' }).click();
    await expect(page.getByText('Slide 1 of 11')).toBeVisible();
    await expect(chart(page)).toBeVisible();
    await page.screenshot({ path: `${SCREENSHOT_DIR}presentation-summary.png` });
    await page.keyboard.press('ArrowRight');
    await expect(page.getByText('Slide 2 of 11')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'M. Strengthen membership (1/2)' })).toBeVisible();
    await page.screenshot({ path: `${SCREENSHOT_DIR}presentation-area-m.png` });
    await page.keyboard.press('PageDown');
    await expect(page.getByText('Slide 3 of 11')).toBeVisible();
    await page.keyboard.press('End');
    await expect(page.getByText('Slide 11 of 11')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Roadmap' })).toBeVisible();
    await page.screenshot({ path: `${SCREENSHOT_DIR}presentation-timeline.png` });
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByRole('heading', { level: 1, name: 'Priorities for 2025 and 2026' })).toBeVisible();
    await page.screenshot({ path: `${SCREENSHOT_DIR}presentation-priorities.png` });
    await page.getByRole('button', { name: 'Previous' }).click();
    await expect(page.getByText('Slide 7 of 11')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('heading', { level: 1, name: /^Dashboard/ })).toBeVisible();
    await expect(page).toHaveURL(/#\/dashboard/);
  });

  // One test per view: an axe run takes several seconds on a busy machine, too long to poll, and
  // three of them in one test left too little of its time for the rest when two suites ran at once.
  for (const view of [
    { link: null, heading: /^Dashboard/, screenshot: null },
    { link: 'Priorities', heading: 'Priorities for 2025 and 2026', screenshot: 'priorities.png' },
    { link: 'Timeline', heading: 'Timeline', screenshot: 'timeline.png' },
  ]) {
    test(`has no axe violations on ${view.link ?? 'the dashboard'}`, async ({ page }) => {
      await page.goto(appPath('/dashboard'));
      await setReportingDate(page, '2026-01-15');
      await expect(chart(page)).toBeVisible();
      if (view.link) await page.getByRole('link', { name: view.link, exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name: view.heading })).toBeVisible();
      if (view.screenshot) await page.screenshot({ path: `${SCREENSHOT_DIR}${view.screenshot}`, fullPage: true });
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});
