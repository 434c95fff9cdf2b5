import { axeViolations } from './axe';
import { SCREENSHOT_DIR, appPath, expect, test } from './fixtures';

const AGREEMENTS = 'BDT partnership agreements signed';

test.describe('editing indicators', () => {
  test("adds next year's figures with the keyboard alone, draws them as a year, and Undo takes them back", async ({ page }) => {
    // The indicators of one line: the whole list is twelve cards, every one a chart and its tables,
    // which a busy machine takes long to lay out around each step (and axe to read).
    await page.goto(appPath('/indicators?line=V3'));
    const card = page.getByRole('article', { name: AGREEMENTS, exact: true });
    const addFigures = card.getByRole('button', { name: `Add figures for ${AGREEMENTS}` });
    await addFigures.focus();
    await page.keyboard.press('Enter');
    const form = page.getByRole('form', { name: `Add figures: ${AGREEMENTS}` });
    await expect(form.getByRole('heading', { name: `Add figures: ${AGREEMENTS}` })).toBeFocused();
    await expect(form.getByLabel('From')).toHaveValue('2026-01-01');
    expect(await axeViolations(page, '.period-form')).toEqual([]);
    const actual = form.getByRole('group', { name: 'Actual' });
    await actual.getByLabel('Value').fill('81');
    await actual.getByLabel('Document').fill('BDT report to TDAG, 2026');
    await actual.getByLabel('Section or table').fill('3. Partnerships');
    await form.screenshot({ path: `${SCREENSHOT_DIR}indicator-period-form.png` });
    await actual.getByLabel('Section or table').press('Enter');
    await expect(form).toBeHidden();
    await expect(addFigures).toBeFocused();
    await expect(card.locator('.indicator__trend-canvas .recharts-cartesian-axis-tick-value')).toHaveText(['2015', '2016', '2017', '2018', '2022', '2025', '2026']);
    await expect(card.getByRole('row', { name: /^2026 / })).toContainText('BDT report to TDAG, 2026, 3. Partnerships');
    await card.getByText('History of this indicator').click();
    await expect(card.locator('.indicator__history')).toContainText('Figures of a period: (empty) → 2026-01-01 – 2026-12-31');

    await page.keyboard.press('Control+z');
    await expect(card.getByRole('row', { name: /^2026 / })).toHaveCount(0);
    await expect(card.locator('.indicator__trend-canvas .recharts-cartesian-axis-tick-value')).toHaveText(['2015', '2016', '2017', '2018', '2022', '2025']);
  });

  test.describe('in Arabic', () => {
    test.beforeEach(async ({ page }) => {
      await page.addInitScript(() => {
        if (!localStorage.getItem('action-line-tracker-ui')) {
          localStorage.setItem('action-line-tracker-ui', JSON.stringify({ state: { language: 'ar', isSwimlanes: false, isScheduleNoticeDismissed: true }, version: 1 }));
        }
      });
      // Area M's three indicators rather than all twelve (see above).
      await page.goto(appPath('/indicators?area=M'));
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    });

    test('adds an indicator, its currency typed in small letters, right to left', async ({ page }) => {
      await page.locator('#add-indicator').click();
      const form = page.locator('.indicators > form.record-form');
      await form.locator('input[type=text]').first().fill('إيرادات الرعاية');
      await form.locator('select').first().selectOption('money');
      await form.locator('select').last().selectOption('M');
      await form.locator('input[maxlength="3"]').fill('chf');
      expect(await axeViolations(page, '.indicators > form.record-form')).toEqual([]);
      await form.locator('button[type=submit]').click();
      const card = page.getByRole('article', { name: 'إيرادات الرعاية' });
      await expect(card).toContainText('CHF');
      await expect(card.getByRole('heading', { name: 'إيرادات الرعاية' })).toBeFocused();
    });

    test('adds figures typed in Arabic digits, and drops a breakdown left empty', async ({ page }) => {
      const card = page.getByRole('article', { name: 'Share of the regular budget from Sector Membership', exact: true });
      await card.locator('.indicator__actions button').nth(1).click();
      const periodForm = card.locator('form.period-form');
      await periodForm.locator('.period-form__value').nth(2).locator('input').first().fill('١٢');
      await periodForm.locator('input[type=date]').first().fill('2026-03-31');
      await periodForm.locator('input[type=date]').last().fill('2026-03-31');
      await periodForm.locator('.period-form__values').nth(1).getByRole('button').last().click();
      await expect(periodForm.locator('.period-form__breakdown')).toHaveCount(1);
      expect(await axeViolations(page, '.period-form')).toEqual([]);
      await periodForm.screenshot({ path: `${SCREENSHOT_DIR}indicator-period-form-ar.png` });
      await periodForm.locator('button[type=submit]').click();
      await expect(periodForm).toBeHidden();
      await expect(card.locator('.indicator__figure--latest')).toContainText(/12\W*%.*31 مارس 2026/);
      await expect(card.locator('.indicator__breakdown')).toHaveCount(0);
      await page.screenshot({ path: `${SCREENSHOT_DIR}indicator-added-ar.png`, fullPage: false });
    });
  });
});
