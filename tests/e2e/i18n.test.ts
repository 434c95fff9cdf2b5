import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { SCREENSHOT_DIR, appUrl, launchChromium, openApp } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** Per language: the board's heading, its three column names, and how a target quarter reads. */
const LANGUAGES = [
  { code: 'en', board: 'Board', columns: ['To be started', 'Ongoing', 'Completed'], quarter: 'Q3 2025' },
  { code: 'fr', board: 'Tableau', columns: ['À lancer', 'En cours', 'Terminé'], quarter: 'T3 2025' },
  { code: 'es', board: 'Tablero', columns: ['Por iniciar', 'En curso', 'Completado'], quarter: 'T3 2025' },
  { code: 'ar', board: 'لوحة المهام', columns: ['لم يبدأ بعد', 'جارٍ', 'مكتمل'], quarter: 'الربع 3 2025' },
  { code: 'ru', board: 'Доска', columns: ['Не начато', 'Выполняется', 'Завершено'], quarter: '3 кв. 2025' },
  { code: 'zh', board: '看板', columns: ['尚未启动', '进行中', '已完成'], quarter: '2025年第3季度' },
] as const;

const column = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const codesIn = (page: Page, name: string) =>
  column(page, name).locator('article[data-code]').evaluateAll((cards) => cards.map((card) => card.getAttribute('data-code')));

async function boardReady(page: Page) {
  await expect.poll(() => page.locator('article[data-code]').count()).toBe(24);
}

async function chooseLanguage(page: Page, code: string) {
  await page.locator('select[name="language"]').selectOption(code);
  await page.locator(`html[lang="${code}"]`).waitFor({ state: 'attached' });
}

describe('the six UN languages in Chromium', () => {
  it('offers each language under its own name, and shows the board in each one', async () => {
    const { context, page } = await openApp(browser, '/board', { viewport: { width: 1280, height: 900 } });
    await boardReady(page);
    const options = await page.locator('select[name="language"] option').evaluateAll((elements) =>
      elements.map((option) => `${option.getAttribute('lang')}:${option.textContent}`),
    );
    expect(options.sort()).toEqual(['ar:العربية', 'en:English', 'es:Español', 'fr:Français', 'ru:Русский', 'zh:中文']);
    const englishTitle = await page.locator('article[data-code="M1"] .card__title').textContent();

    for (const language of LANGUAGES) {
      await chooseLanguage(page, language.code);
      await page.getByRole('heading', { level: 1, name: language.board, exact: false }).waitFor();
      for (const name of language.columns) await column(page, name).waitFor();
      await boardReady(page);
      expect(await page.getByRole('combobox', { name: /Language|Langue|Idioma|اللغة|Язык|语言/ }).inputValue()).toBe(language.code);
      // The action lines are data: they keep the words they were written in.
      expect(await page.locator('article[data-code="M1"] .card__title').textContent()).toBe(englishTitle);
      expect(await page.locator('.app-main').textContent()).toContain(language.quarter);
      await page.screenshot({ path: `${SCREENSHOT_DIR}board-${language.code}.png` });
    }
    await context.close();
  });

  it('keeps the chosen language after a reload, loading only that language', async () => {
    const { context, page } = await openApp(browser, '/board');
    await boardReady(page);
    await chooseLanguage(page, 'fr');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /^Tableau/ }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    const scripts = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((name) => name.endsWith('.js')),
    );
    const sources = await page.evaluate((urls) => Promise.all(urls.map((url) => fetch(url).then((response) => response.text()))), scripts);
    expect(sources.some((source) => source.includes('Aller au contenu'))).toBe(true);
    expect(sources.some((source) => source.includes('Skip to content'))).toBe(false);
    await context.close();
  });

  it('formats dates, percentages and quarters per language on the dashboard', async () => {
    const { context, page } = await openApp(browser, '/dashboard', { viewport: { width: 1280, height: 900 } });
    await page.getByLabel('Reporting date').fill('2026-01-15');
    await page.locator('.dashboard__as-of', { hasText: 'as of 15 January 2026' }).waitFor();
    const expected = [
      { code: 'fr', asOf: 'au 15 janvier 2026', percent: '75 %' },
      { code: 'zh', asOf: '截至2026年1月15日', percent: '75%' },
      { code: 'ar', asOf: 'في 15 يناير 2026', percent: '75%' },
    ];
    for (const language of expected) {
      await chooseLanguage(page, language.code);
      await page.locator('.dashboard__as-of', { hasText: language.asOf }).waitFor();
      await page.locator('.recharts-surface').first().waitFor();
      expect((await page.locator('.app-main').textContent())?.replace(/[\u00a0\u202f]/g, ' ').replace(/[\u200e\u200f\u061c]/g, '')).toContain(language.percent);
      if (language.code !== 'fr') {
        await page.screenshot({ path: `${SCREENSHOT_DIR}dashboard-${language.code}.png`, fullPage: true });
        await page.locator('.status-chart').screenshot({ path: `${SCREENSHOT_DIR}dashboard-chart-${language.code}.png` });
      }
    }
    await context.close();
  });
});

describe('right to left in Arabic', () => {
  it('mirrors the board: the first status column is on the right', async () => {
    const { context, page } = await openApp(browser, '/board');
    await boardReady(page);
    await chooseLanguage(page, 'ar');
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    const first = await column(page, 'لم يبدأ بعد').boundingBox();
    const last = await column(page, 'مكتمل').boundingBox();
    expect(first && last && first.x > last.x).toBe(true);
    await context.close();
  });

  it('moves a card and edits a milestone with the keyboard alone', async () => {
    const { context, page } = await openApp(browser, '/board', { viewport: { width: 1280, height: 900 } });
    await boardReady(page);
    await chooseLanguage(page, 'ar');

    // The next column in reading order is to the left: ArrowLeft carries the card there.
    await page.getByRole('button', { name: 'سحب E1', exact: true }).focus();
    await page.keyboard.press('Space');
    await page.locator('.card--overlay').waitFor();
    await page.keyboard.press('ArrowLeft');
    await page.getByText(/E1 فوق الموضع \d+ من أصل 17 في «جارٍ»/).waitFor({ state: 'attached' });
    await page.keyboard.press('Space');
    await expect.poll(() => codesIn(page, 'جارٍ')).toContain('E1');
    expect(await codesIn(page, 'لم يبدأ بعد')).not.toContain('E1');

    const open = page.locator('article[data-code="E1"] .card__open');
    await open.focus();
    await page.keyboard.press('Enter');
    const panel = page.getByRole('dialog', { name: 'تفاصيل E1' });
    await panel.waitFor();
    await panel.getByLabel('عنوان المعلم الرئيسي الجديد').focus();
    await page.keyboard.type('إطلاق الحملة');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Q2 2026');
    await page.keyboard.press('Enter');
    const milestone = panel.getByRole('listitem', { name: 'المعلم الرئيسي 1: إطلاق الحملة' });
    await milestone.waitFor();
    await milestone.getByLabel('الحالة').focus();
    await page.keyboard.press('End');
    await expect.poll(() => milestone.getByLabel('الحالة').inputValue()).toBe('Completed');
    await page.screenshot({ path: `${SCREENSHOT_DIR}board-panel-ar.png` });

    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    expect(await open.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await page.locator('article[data-code="E1"]').textContent()).toContain('المعالم الرئيسية 1/1');
    await context.close();
  });

  it('turns the presentation arrows round: ArrowLeft goes forward', async () => {
    const { context, page } = await openApp(browser, '/board', { viewport: { width: 1600, height: 900 } });
    await chooseLanguage(page, 'ar');
    await page.goto(appUrl('/present'));
    await page.getByText('الشريحة 1 من 6').waitFor();
    await page.keyboard.press('ArrowLeft');
    await page.getByText('الشريحة 2 من 6').waitFor();
    await page.keyboard.press('ArrowRight');
    await page.getByText('الشريحة 1 من 6').waitFor();
    await context.close();
  });
});
