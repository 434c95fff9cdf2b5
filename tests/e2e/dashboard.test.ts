import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { SCREENSHOT_DIR, appUrl, launchChromium, openApp } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

const ALL_CODES = [
  'M1', 'M1a', 'M1b', 'M2', 'M3', 'M4', 'M5', 'M6', 'M7', 'M8',
  'E1', 'E2', 'E3', 'E4', 'E5', 'E6', 'E7',
  'V1', 'V2', 'V3', 'V4', 'V5', 'V6', 'V7',
];

function tile(page: Page, key: string) {
  return page.getByTestId(`headline-${key}`).locator('dd');
}

async function setReportingDate(page: Page, isoDate: string) {
  await page.getByLabel('Reporting date').fill(isoDate);
  await page.locator('.dashboard__as-of', { hasText: 'as of 15 January 2026' }).waitFor();
}

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(results.violations, JSON.stringify(results.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target) })), null, 2)).toEqual([]);
}

describe('the Annex 2 dashboard in Chromium', () => {
  it('shows the seed headline, follows a move on the board live in this tab and another', async () => {
    const { context, page } = await openApp(browser, '/dashboard', { viewport: { width: 1440, height: 900 } });
    await setReportingDate(page, '2026-01-15');
    await expect.poll(() => tile(page, 'total').textContent()).toBe('24');
    expect(await tile(page, 'started').textContent()).toBe('18 (75%)');
    expect(await tile(page, 'completed').textContent()).toBe('2');
    expect(await tile(page, 'toBeStarted').textContent()).toBe('6');
    await page.locator('.recharts-surface').first().waitFor();
    await page.screenshot({ path: `${SCREENSHOT_DIR}dashboard.png`, fullPage: true });

    const second = await context.newPage();
    await second.goto(appUrl('/dashboard'));
    await expect.poll(() => tile(second, 'started').textContent()).toBe('18 (75%)');

    await page.getByRole('link', { name: 'Board', exact: true }).click();
    await page.getByRole('button', { name: 'Move E1', exact: true }).click();
    await page.getByRole('menu', { name: 'Move E1 to' }).getByRole('menuitem', { name: 'Ongoing' }).click();
    await page.getByRole('link', { name: 'Dashboard', exact: true }).click();
    await expect.poll(() => tile(page, 'started').textContent()).toBe('19 (79%)');
    await expect.poll(() => tile(second, 'started').textContent()).toBe('19 (79%)');
    await context.close();
  });

  it('prints the dashboard as A4 landscape pages with all 24 codes and the 7 priorities', async () => {
    const { context, page } = await openApp(browser, '/dashboard', { viewport: { width: 1280, height: 800 } });
    await setReportingDate(page, '2026-01-15');
    await page.locator('.recharts-surface').first().waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export Annex 2 (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('annex-2-2026-01-15.csv');
    const csv = readFileSync((await download.path()) ?? '', 'utf8');
    expect(csv.startsWith('\uFEFFArea of action,Code,Action line')).toBe(true);
    expect(csv.trimEnd().split('\r\n')).toHaveLength(25);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Print' }).isVisible()).toBe(false);
    const footer = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--print-footer'));
    expect(footer).toContain('as of 15 January 2026');
    const annexCodes = await page.locator('.annex-table tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-code')));
    expect(annexCodes).toEqual(ALL_CODES);
    expect(await page.locator('.dashboard__priorities tbody tr').count()).toBe(7);
    const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBeGreaterThan(0);
    writeFileSync(`${SCREENSHOT_DIR}dashboard-print.pdf`, pdf);
    await context.close();
  });

  it('steps through presentation mode with the keyboard and leaves with Escape', async () => {
    const { context, page } = await openApp(browser, '/dashboard', { viewport: { width: 1920, height: 1080 } });
    await setReportingDate(page, '2026-01-15');
    await page.getByRole('link', { name: 'Present' }).click();
    await page.getByText('Slide 1 of 6').waitFor();
    await page.locator('.recharts-surface').first().waitFor();
    await page.screenshot({ path: `${SCREENSHOT_DIR}presentation-summary.png` });
    await page.keyboard.press('ArrowRight');
    await page.getByText('Slide 2 of 6').waitFor();
    await page.getByRole('heading', { level: 1, name: 'M. Strengthen membership' }).waitFor();
    await page.screenshot({ path: `${SCREENSHOT_DIR}presentation-area-m.png` });
    await page.keyboard.press('PageDown');
    await page.getByText('Slide 3 of 6').waitFor();
    await page.keyboard.press('End');
    await page.getByText('Slide 6 of 6').waitFor();
    await page.getByRole('heading', { level: 1, name: 'Roadmap' }).waitFor();
    await page.screenshot({ path: `${SCREENSHOT_DIR}presentation-timeline.png` });
    await page.keyboard.press('ArrowLeft');
    await page.getByRole('heading', { level: 1, name: 'Priorities for 2025 and 2026' }).waitFor();
    await page.screenshot({ path: `${SCREENSHOT_DIR}presentation-priorities.png` });
    await page.getByRole('button', { name: 'Previous' }).click();
    await page.getByText('Slide 4 of 6').waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('heading', { level: 1, name: /^Dashboard/ }).waitFor();
    expect(page.url()).toContain('#/dashboard');
    await context.close();
  });

  it('has no axe violations on dashboard, priorities and timeline', async () => {
    const { context, page } = await openApp(browser, '/dashboard');
    await setReportingDate(page, '2026-01-15');
    await page.locator('.recharts-surface').first().waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Priorities', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Priorities for 2025 and 2026' }).waitFor();
    await page.screenshot({ path: `${SCREENSHOT_DIR}priorities.png`, fullPage: true });
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Timeline', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Timeline' }).waitFor();
    await page.screenshot({ path: `${SCREENSHOT_DIR}timeline.png`, fullPage: true });
    await expectNoAxeViolations(page);
    await context.close();
  });
});
