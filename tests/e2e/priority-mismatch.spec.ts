import { axeViolations } from './axe';
import { appPath, card, expect, test } from './fixtures';

test('a priority row says when its line was completed on the board, on every view, and one click brings it in line', async ({ page }) => {
  await page.goto(appPath('/board'));
  await card(page, 'M2').getByRole('button', { name: 'Move M2' }).click();
  await page.getByRole('menu', { name: 'Move M2 to' }).getByRole('menuitem', { name: 'Completed' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'M2 moved to Completed' })).toBeVisible();

  const note = 'Its line M2 is Completed; this row is not.';
  await page.goto(appPath('/dashboard'));
  const dashboardRow = page.locator('.priorities-table tr[data-code="M2"]');
  await expect(dashboardRow).toContainText(note);
  await page.goto(appPath('/present'));
  await expect(page.getByText('Slide 1 of 11')).toBeVisible();
  await page.keyboard.press('End');
  for (let step = 0; step < 3; step += 1) await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('heading', { level: 1, name: 'Priorities for 2025 and 2026' })).toBeVisible();
  await expect(page.locator('.priorities-table tr[data-code="M2"]')).toContainText(note);

  await page.goto(appPath('/priorities'));
  const row = page.locator('tr[data-code="M2"]');
  await expect(row).toContainText(note);
  // On paper the page is a report titled from the strategy, and the note prints with the row.
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveAccessibleName('Priorities for 2025 and 2026');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.page__print-title')).toBeVisible();
  await expect(page.locator('.page__print-title')).toHaveText(/^\u2068ITU Resource Mobilization Strategy\u2069: implementation as of \d+ \w+ \d{4}$/);
  await expect(page.getByText('Action items, their milestone status and target')).toBeHidden();
  await expect(row).toContainText(note);
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('.page__print-title')).toBeHidden();
  expect(await axeViolations(page, 'tr[data-code="M2"]')).toEqual([]);
  await row.getByRole('button', { name: 'Mark the priority item of M2 Completed, as its line' }).click();
  await expect(row).not.toContainText(note);
  await expect(row.getByRole('cell', { name: 'Completed', exact: true })).toBeVisible();
  await page.getByRole('status').filter({ hasText: 'Priority for M2 saved' }).getByRole('button', { name: 'Undo' }).click();
  await expect(row).toContainText(note);
});
