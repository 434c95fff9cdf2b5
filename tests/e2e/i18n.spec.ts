import type { Page } from '@playwright/test';
import { SCREENSHOT_DIR, appPath, card, codesIn, expect, openButton, test } from './fixtures';

/** Per language: the board's heading, its three column names, and how a target quarter reads. */
const LANGUAGES = [
  { code: 'en', board: 'Board', columns: ['To be started', 'Ongoing', 'Completed'], quarter: 'Q3 2025' },
  { code: 'fr', board: 'Tableau', columns: ['À lancer', 'En cours', 'Terminé'], quarter: 'T3 2025' },
  { code: 'es', board: 'Tablero', columns: ['Por iniciar', 'En curso', 'Completado'], quarter: 'T3 2025' },
  { code: 'ar', board: 'لوحة المهام', columns: ['لم يبدأ بعد', 'جارٍ', 'مكتمل'], quarter: 'الربع 3 2025' },
  { code: 'ru', board: 'Доска', columns: ['Не начато', 'Выполняется', 'Завершено'], quarter: '3 кв. 2025' },
  { code: 'zh', board: '看板', columns: ['尚未启动', '进行中', '已完成'], quarter: '2025年第3季度' },
] as const;

const LANGUAGE_SWITCHER = /^(Language|Langue|Idioma|اللغة|Язык|语言)$/;
const column = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

async function boardReady(page: Page) {
  await expect(page.getByRole('article')).toHaveCount(24);
}

async function chooseLanguage(page: Page, code: string) {
  await page.getByRole('combobox', { name: LANGUAGE_SWITCHER }).selectOption(code);
  await expect(page.locator('html')).toHaveAttribute('lang', code);
}

test.describe('the six UN languages', () => {
  test('offers each language under its own name, and shows the board in each one', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(appPath('/board'));
    await boardReady(page);
    const options = await page
      .getByRole('combobox', { name: LANGUAGE_SWITCHER })
      .getByRole('option')
      .evaluateAll((elements) => elements.map((option) => `${option.getAttribute('lang')}:${option.textContent}`));
    expect(options.sort()).toEqual(['ar:العربية', 'en:English', 'es:Español', 'fr:Français', 'ru:Русский', 'zh:中文']);
    const englishTitle = (await openButton(page, 'M1').textContent()) ?? '';
    expect(englishTitle).not.toBe('');

    for (const language of LANGUAGES) {
      await chooseLanguage(page, language.code);
      await expect(page.getByRole('heading', { level: 1, name: language.board, exact: false })).toBeVisible();
      for (const name of language.columns) await expect(column(page, name)).toBeVisible();
      await boardReady(page);
      await expect(page.getByRole('combobox', { name: LANGUAGE_SWITCHER })).toHaveValue(language.code);
      // The action lines are data: they keep the words they were written in.
      await expect(openButton(page, 'M1')).toHaveText(englishTitle);
      await expect(page.getByRole('main')).toContainText(language.quarter);
      await page.screenshot({ path: `${SCREENSHOT_DIR}board-${language.code}.png` });
    }
  });

  test('keeps the chosen language after a reload, loading only that language', async ({ page }) => {
    await page.goto(appPath('/board'));
    await boardReady(page);
    await chooseLanguage(page, 'fr');
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: /^Tableau/ })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    const scripts = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((name) => name.endsWith('.js')),
    );
    const sources = await page.evaluate((urls) => Promise.all(urls.map((url) => fetch(url).then((response) => response.text()))), scripts);
    expect(sources.some((source) => source.includes('Aller au contenu'))).toBe(true);
    expect(sources.some((source) => source.includes('Skip to content'))).toBe(false);
  });

  test('formats dates, percentages and quarters per language on the dashboard', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(appPath('/dashboard'));
    await page.getByLabel('Reporting date').fill('2026-01-15');
    await page.getByLabel('Reporting date').press('Enter');
    await expect(page.getByRole('main')).toContainText('as of 15 January 2026');
    const expected = [
      { code: 'fr', asOf: 'au 15 janvier 2026', percent: '75 %' },
      { code: 'zh', asOf: '截至2026年1月15日', percent: '75%' },
      { code: 'ar', asOf: 'في 15 يناير 2026', percent: '75%' },
    ];
    for (const language of expected) {
      await chooseLanguage(page, language.code);
      await expect(page.getByRole('main')).toContainText(language.asOf);
      // The chart is drawn once its library has loaded.
      await expect(page.locator('.recharts-surface').first()).toBeVisible();
      await expect
        .poll(async () => (await page.getByRole('main').textContent())?.replace(/[\u00a0\u202f]/g, ' ').replace(/[\u200e\u200f\u061c]/g, ''))
        .toContain(language.percent);
      if (language.code !== 'fr') {
        await page.screenshot({ path: `${SCREENSHOT_DIR}dashboard-${language.code}.png`, fullPage: true });
        await page.locator('.status-chart').screenshot({ path: `${SCREENSHOT_DIR}dashboard-chart-${language.code}.png` });
      }
    }
  });
});

test.describe('right to left in Arabic', () => {
  test('mirrors the board: the first status column is on the right', async ({ page }) => {
    await page.goto(appPath('/board'));
    await boardReady(page);
    await chooseLanguage(page, 'ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    const first = await column(page, 'لم يبدأ بعد').boundingBox();
    const last = await column(page, 'مكتمل').boundingBox();
    expect(first && last && first.x > last.x).toBe(true);
  });

  test('moves a card and edits a milestone with the keyboard alone', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(appPath('/board'));
    await boardReady(page);
    await chooseLanguage(page, 'ar');

    // The next column in reading order is to the left: ArrowLeft carries the card there.
    await page.getByRole('button', { name: 'سحب E1', exact: true }).focus();
    await page.keyboard.press('Space');
    await expect(page.locator('.card--overlay')).toBeVisible();
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByText(/E1 فوق الموضع \d+ من أصل 17 في «جارٍ»/)).toBeAttached();
    await page.keyboard.press('Space');
    await expect.poll(() => codesIn(page, 'جارٍ')).toContain('E1');
    expect(await codesIn(page, 'لم يبدأ بعد')).not.toContain('E1');

    const open = openButton(page, 'E1');
    await open.focus();
    await page.keyboard.press('Enter');
    const panel = page.getByRole('dialog', { name: 'تفاصيل E1' });
    await expect(panel).toBeVisible();
    await panel.getByLabel('عنوان المعلم الرئيسي الجديد').focus();
    await page.keyboard.type('إطلاق الحملة');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Q2 2026');
    await page.keyboard.press('Enter');
    const milestone = panel.getByRole('listitem', { name: 'المعلم الرئيسي 1: \u2068إطلاق الحملة\u2069' });
    await expect(milestone).toBeVisible();
    await milestone.getByLabel('الحالة').focus();
    await page.keyboard.press('End');
    await expect(milestone.getByLabel('الحالة')).toHaveValue('Completed');
    await page.screenshot({ path: `${SCREENSHOT_DIR}board-panel-ar.png` });

    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(open).toBeFocused();
    await expect(card(page, 'E1')).toContainText('المعالم الرئيسية 1/1');
  });

  test('turns the presentation arrows round: ArrowLeft goes forward', async ({ page }) => {
    await page.setViewportSize({ width: 1600, height: 900 });
    await page.goto(appPath('/board'));
    await chooseLanguage(page, 'ar');
    await page.goto(appPath('/present'));
    await expect(page.getByText('الشريحة 1 من 11')).toBeVisible();
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByText('الشريحة 2 من 11')).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByText('الشريحة 1 من 11')).toBeVisible();
  });
});
