import { readFileSync } from 'node:fs';
import { SCREENSHOT_DIR, appPath, expect, test } from './fixtures';

test.describe('indicators', () => {
  test('shows each seeded figure with its period and source, draws whole years only, and filters by area and line', async ({ page }) => {
    await page.goto(appPath('/indicators'));
    await expect(page.getByRole('heading', { level: 1, name: 'Indicators' })).toBeVisible();
    const agreements = page.getByRole('article', { name: 'BDT partnership agreements signed', exact: true });
    // The latest figure is the newest period's, a part of a year, named as such.
    await expect(agreements.locator('.indicator__figure--latest')).toContainText('5');
    await expect(agreements.locator('.indicator__figure--latest')).toContainText('1 Jan – 28 Feb 2026');
    const rows = agreements.getByRole('table', { name: 'Periods of BDT partnership agreements signed' }).getByRole('row');
    await expect(rows.filter({ hasText: '2015–2018' })).toContainText('Several years');
    await expect(rows.filter({ hasText: '2015–2018' })).toContainText('200');
    await expect(rows.filter({ hasText: '1 Jan – 30 Apr 2023' })).toContainText('Part of a year');
    // Bars for the whole years only: 2015-2018 and the parts of years are not years.
    await expect(agreements.locator('.indicator__trend-canvas .recharts-cartesian-axis-tick-value')).toHaveText(['2015', '2016', '2017', '2018', '2022', '2025']);
    const money = page.getByRole('article', { name: 'Financial contributions signed (BDT)', exact: true });
    await expect(money.locator('.indicator__figure--latest')).toContainText('USD 175,908');
    await page.screenshot({ path: `${SCREENSHOT_DIR}indicators.png` });

    await page.getByRole('combobox', { name: 'Area' }).selectOption('M');
    await expect(page).toHaveURL(/area=M/);
    await expect(page.getByRole('article')).toHaveCount(3);
    await page.getByRole('combobox', { name: 'Action line' }).selectOption('M2');
    await expect(page.getByRole('article')).toHaveCount(1);
    await expect(page.getByRole('article')).toHaveAccessibleName('Share of the regular budget from Sector Membership');
    await page.reload();
    await expect(page.getByRole('article')).toHaveCount(1);
  });

  test('lists the indicators a line informs in its panel, and the area figures on the dashboard and its print', async ({ page }) => {
    await page.goto(appPath('/board?line=V4'));
    const panel = page.getByRole('dialog', { name: 'V4 details' });
    const section = panel.getByRole('region', { name: 'Indicators' });
    await expect(section).toContainText('BDT partnership agreements signed');
    await expect(section).toContainText('5 (1 Jan – 28 Feb 2026)');
    await section.getByRole('link', { name: 'See the indicators of V4' }).click();
    await expect(page).toHaveURL(/#\/indicators\?line=V4/);
    await expect(page.getByRole('article').first()).toBeVisible();

    await page.goto(appPath('/dashboard'));
    const figures = page.getByRole('region', { name: 'Figures, area M: Strengthen membership' });
    await expect(figures.getByRole('row', { name: /Member State responses on class of contribution 2028-2031/ })).toContainText('as of 9 December 2025');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('region', { name: 'Figures, area V: Increase voluntary contributions' })).toBeVisible();
  });

  test('downloads every period and breakdown part as CSV, in the language and with the separator chosen', async ({ page }) => {
    await page.goto(appPath('/indicators'));
    await expect(page.getByRole('article')).toHaveCount(12);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^indicators-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = readFileSync(await download.path(), 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = text.slice(1).trimEnd().split('\r\n');
    expect(rows[0]).toBe(
      'Indicator,Unit,Currency,Area,Action lines,Start,End,Kind of period,Baseline,Target,Actual,Baseline source,Target source,Actual source,Breakdown,Part,Part value,Parts given as',
    );
    const agreements = rows.filter((row) => row.startsWith('BDT partnership agreements signed,'));
    expect(agreements).toContain(
      'BDT partnership agreements signed,Count,,Area V: Increase voluntary contributions,V3 V4,2015-01-01,2018-12-31,Several years,,,200,,,"ITU-D partnership and resource mobilization: BDT report to TDAG (WTDC-17 outcomes; status for 2018 and 2015-2018), 3. Status Analysis",,,,',
    );
    // A breakdown's parts follow their period, one row each.
    expect(agreements.filter((row) => row.startsWith('BDT partnership agreements signed,Count,,Area V: Increase voluntary contributions,V3 V4,2015-01-01,2015-12-31,Year,,,,,,,')).length).toBeGreaterThan(1);

    await page.getByLabel('Language', { exact: true }).selectOption('fr');
    await expect(page.getByRole('heading', { level: 1, name: 'Indicateurs' })).toBeVisible();
    const [french] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger en CSV' }).click()]);
    const frenchRows = readFileSync(await french.path(), 'utf8').slice(1).trimEnd().split('\r\n');
    expect(frenchRows[0]?.split(';').slice(0, 4)).toEqual(['Indicateur', 'Unité', 'Devise', 'Domaine']);
    // Shares with decimals: a decimal comma, in a semicolon-separated file.
    expect(frenchRows.some((row) => /;"\d+,\d+";Parts \(%\)$/.test(row))).toBe(true);
  });
});
