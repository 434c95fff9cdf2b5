import type { Page } from '@playwright/test';
import { axeViolations } from './axe';
import { SCREENSHOT_DIR, appPath, card, codesIn, expect, openButton, test } from './fixtures';

const column = (page: Page, status: string) => page.getByRole('region', { name: status, exact: true });
const dragHandle = (page: Page, code: string) => page.getByRole('button', { name: `Drag ${code}`, exact: true });

/** The cards are on screen and their handles, sortable, describe themselves as such. */
async function boardReady(page: Page) {
  await expect(page.getByRole('article')).toHaveCount(24);
  await expect(dragHandle(page, 'M1')).toHaveAttribute('aria-roledescription', /.+/);
}

test.describe('board interactions', () => {
  test('drags a card with the mouse from one column to another', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 1400 });
    await page.goto(appPath('/board'));
    await boardReady(page);
    const from = await card(page, 'E4').boundingBox();
    const to = await column(page, 'Completed').locator('article[data-code="M3"]').boundingBox();
    if (!from || !to) throw new Error('cards are not laid out');
    await page.mouse.move(from.x + from.width / 2, from.y + 20);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2 + 20, from.y + 30, { steps: 5 });
    await page.mouse.move(to.x + to.width / 2, to.y + to.height - 5, { steps: 15 });
    // The lifted card follows the pointer in an overlay, which has no role of its own (aria-hidden).
    await expect(page.locator('.card--overlay')).toBeVisible();
    await page.screenshot({ path: `${SCREENSHOT_DIR}board-drag.png` });
    await page.mouse.move(to.x + to.width / 2, to.y + to.height + 10, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => codesIn(page, 'Completed')).toEqual(['M1b', 'M3', 'E4']);
    await expect(page.getByRole('status').filter({ hasText: 'E4 moved to Completed' })).toBeVisible();
    await page.reload();
    await boardReady(page);
    await expect.poll(() => codesIn(page, 'Completed')).toEqual(['M1b', 'M3', 'E4']);
  });

  test('drops a card on the middle of a card in the next column without bouncing between columns', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 1400 });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(appPath('/board'));
    await boardReady(page);
    const from = await card(page, 'E4').boundingBox();
    const to = await card(page, 'M1').boundingBox();
    if (!from || !to) throw new Error('cards are not laid out');
    await page.mouse.move(from.x + from.width / 2, from.y + 20);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2 + 20, from.y + 30, { steps: 5 });
    await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 20 });
    await page.mouse.move(to.x + to.width / 2 + 2, to.y + to.height / 2 + 2, { steps: 4 });
    await page.mouse.up();
    await expect.poll(() => codesIn(page, 'Ongoing').then((codes) => codes.slice(0, 2))).toEqual(['E4', 'M1']);
    expect(errors).toEqual([]);
  });

  test('moves a card with the keyboard alone: Space, arrows, Space', async ({ page }) => {
    await page.goto(appPath('/board'));
    await boardReady(page);
    const handle = dragHandle(page, 'E1');
    await handle.focus();
    await page.keyboard.press('Space');
    // The handle shows the card is held as soon as Space is pressed, before the drag has rendered.
    await expect(handle).toHaveAttribute('data-lifting', '');
    await expect(page.locator('.card--overlay')).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByText(/E1 is over position \d+ of 17 in Ongoing/)).toBeAttached();
    await page.keyboard.press('Space');
    await expect.poll(() => codesIn(page, 'Ongoing')).toContain('E1');
    await expect(page.getByText(/E1 dropped at position \d+ of 17 in Ongoing/)).toBeAttached();
    await expect(handle).toBeFocused();
    await expect(handle).not.toHaveAttribute('data-lifting');
    expect(await codesIn(page, 'To be started')).not.toContain('E1');
    await expect(page.getByRole('status').filter({ hasText: 'E1 moved to Ongoing' })).toBeVisible();
    await page.reload();
    await boardReady(page);
    expect(await codesIn(page, 'Ongoing')).toContain('E1');
  });

  test('never shows a dropped card back in its old column while the board catches up, at 4x CPU', async ({ page }) => {
    await page.goto(appPath('/board'));
    await boardReady(page);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.getByRole('button', { name: 'Move E1', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Ongoing' }).click();
    await expect.poll(() => codesIn(page, 'To be started')).not.toContain('E1');
    await dragHandle(page, 'E4').focus();
    await page.keyboard.press('Space');
    await expect(page.locator('.card--overlay')).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByText(/E4 is over position \d+ of \d+ in Ongoing/)).toBeAttached();
    // Counts each time E4 shows in To be started again after it has left it (a card dropped on
    // Ongoing used to flash back for a frame or more while the deferred data re-rendered).
    await page.evaluate(() => {
      const region = document.querySelector('section[data-container="To be started"]');
      const isThere = () => region?.querySelector('article[data-code="E4"]:not(.card--overlay)') !== null;
      const flashes = { left: !isThere(), count: 0 };
      Object.assign(window, { flashes });
      new MutationObserver(() => {
        if (!isThere()) flashes.left = true;
        else if (flashes.left) flashes.count += 1;
      }).observe(document.body, { childList: true, subtree: true });
    });
    await page.keyboard.press('Space');
    await expect(page.getByRole('status').filter({ hasText: 'E4 moved to Ongoing' })).toBeVisible();
    await expect.poll(() => codesIn(page, 'Ongoing')).toContain('E4');
    // Ten frames after the move shows: the deferred data and the released layout have both landed.
    await page.evaluate(
      () => new Promise<void>((resolve) => {
        let frames = 0;
        const next = () => (++frames >= 10 ? resolve() : requestAnimationFrame(next));
        requestAnimationFrame(next);
      }),
    );
    expect(await page.evaluate(() => (window as unknown as { flashes: { count: number } }).flashes.count)).toBe(0);
    expect(await codesIn(page, 'To be started')).not.toContain('E4');
  });

  test('cancels a keyboard move with Escape: the card stays where it was and keeps the focus', async ({ page }) => {
    await page.goto(appPath('/board'));
    await boardReady(page);
    const before = await codesIn(page, 'To be started');
    const handle = dragHandle(page, 'E1');
    await handle.focus();
    await page.keyboard.press('Space');
    await expect(page.locator('.card--overlay')).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByText(/E1 is over position \d+ of 17 in Ongoing/)).toBeAttached();
    await page.keyboard.press('Escape');
    await expect(page.locator('.card--overlay')).toHaveCount(0);
    await expect(page.getByText(/Moving E1 was cancelled\. It stays at position \d+ of 6 in To be started\./)).toBeAttached();
    await expect.poll(() => codesIn(page, 'To be started')).toEqual(before);
    expect(await codesIn(page, 'Ongoing')).not.toContain('E1');
    await expect(handle).toBeFocused();
  });

  test('moves with single clicks through the menu, undoes it, and shows it in the history', async ({ page }) => {
    await page.goto(appPath('/board'));
    await boardReady(page);
    await page.getByRole('button', { name: 'Move V7', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Ongoing' }).click();
    await expect.poll(() => codesIn(page, 'Ongoing')).toContain('V7');
    const toast = page.getByRole('status').filter({ hasText: 'V7 moved to Ongoing' });
    await toast.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => codesIn(page, 'To be started')).toContain('V7');
    await page.getByRole('button', { name: 'Move M5', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Completed' }).click();
    await expect.poll(() => codesIn(page, 'Completed')).toContain('M5');
    await page.locator('body').press('Control+z');
    await expect.poll(() => codesIn(page, 'Ongoing')).toContain('M5');
    await page.locator('body').press('Control+Shift+z');
    await expect.poll(() => codesIn(page, 'Completed')).toContain('M5');
    // The card moves at once; the confirmation comes once the change is saved.
    await expect(page.getByRole('status').filter({ hasText: 'Redone: M5 moved to Completed' })).toBeVisible();

    await page.reload();
    await boardReady(page);
    expect(await codesIn(page, 'To be started')).toContain('V7');
    expect(await codesIn(page, 'Completed')).toContain('M5');
    await openButton(page, 'V7').click();
    const panel = page.getByRole('dialog', { name: 'V7 details' });
    const history = panel.getByRole('region', { name: 'History' }).getByRole('listitem');
    await expect(history).toHaveCount(2);
    await expect(history.first()).toContainText('Status: Ongoing → To be started');
    await expect(history.nth(1)).toContainText('Status: To be started → Ongoing');
  });

  test('undoes a milestone delete from the toast over the card panel, and with Ctrl+Z after a reload', async ({ page }) => {
    await page.goto(appPath('/board?line=M2'));
    const panel = page.getByRole('dialog', { name: 'M2 details' });
    await panel.getByLabel('New milestone title').fill('Consult the Sector Advisory Groups');
    await panel.getByRole('button', { name: 'Add milestone' }).click();
    const milestone = panel.getByRole('listitem', { name: 'Milestone 1: \u2068Consult the Sector Advisory Groups\u2069' });
    await milestone.getByRole('button', { name: /^Delete milestone/ }).click();
    await expect(milestone).toHaveCount(0);
    // Not hidden under the modal panel, and not inert: a trial click checks the button gets the pointer.
    const toast = page.getByRole('status').filter({ hasText: 'deleted' });
    await toast.getByRole('button', { name: 'Undo' }).click({ trial: true });
    await page.screenshot({ path: `${SCREENSHOT_DIR}undo-toast-over-panel.png` });
    await toast.getByRole('button', { name: 'Undo' }).click();
    await expect(milestone).toBeVisible();
    await milestone.getByRole('button', { name: /^Delete milestone/ }).click();
    await expect(milestone).toHaveCount(0);

    // The stack is the tab's: it survives a reload.
    await page.reload();
    await expect(panel.getByText('No milestones yet.')).toBeVisible();
    await page.keyboard.press('Control+z');
    await expect(milestone).toBeVisible();
    await page.keyboard.press('Control+Shift+z');
    await expect(milestone).toHaveCount(0);
    await expect(panel.getByRole('region', { name: 'History' }).getByRole('listitem')).toHaveCount(6);
  });

  test('records a change made after setting a name under that name in the card history', async ({ page }) => {
    await page.goto(appPath('/settings'));
    const name = page.getByRole('textbox', { name: 'Your name' });
    await expect(name).toHaveAttribute('placeholder', 'This browser');
    await name.fill('Amina Diallo');
    await page.getByRole('button', { name: 'Save name' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Changes from now on are recorded as' })).toContainText('Amina Diallo');
    await page.goto(appPath('/board?line=M2'));
    const panel = page.getByRole('dialog', { name: 'M2 details' });
    const leadUnit = panel.getByLabel('Lead unit');
    await leadUnit.fill('BDT');
    await leadUnit.press('Enter');
    const entry = panel.getByRole('region', { name: 'History' }).getByRole('listitem').first();
    await expect(entry).toContainText('by Amina Diallo');
    await expect(entry).toContainText('Lead unit');
    await expect(entry).not.toContainText('another device');
  });

  test('opens a card by URL, adds and edits a milestone, and keeps it after a reload', async ({ page }) => {
    await page.goto(appPath('/board?line=M2'));
    const panel = page.getByRole('dialog', { name: 'M2 details' });
    await expect(panel).toBeVisible();
    await panel.getByLabel('New milestone title').fill('Consult the Sector Advisory Groups');
    await panel.getByLabel('Target quarter (optional)').fill('Q1 2026');
    await panel.getByRole('button', { name: 'Add milestone' }).click();
    const milestone = panel.getByRole('listitem', { name: 'Milestone 1: \u2068Consult the Sector Advisory Groups\u2069' });
    await expect(milestone).toBeVisible();
    await milestone.getByLabel('Status').selectOption('Completed');
    await expect(milestone.getByLabel('Completed on')).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
    const leadUnit = panel.getByLabel('Lead unit');
    await leadUnit.fill('BDT');
    await leadUnit.press('Enter');
    const target = panel.getByLabel('Target quarter', { exact: true });
    await target.fill('sometime');
    await target.press('Enter');
    await expect(panel.getByText('Write a quarter and year, for example Q3 2025, or a period of years, for example 2026-2028.')).toBeVisible();
    const history = panel.getByRole('region', { name: 'History' });
    // Saved changes show in the history without a reload.
    await expect(history).toContainText('Lead unit: (empty) → BDT');
    await expect(history).toContainText('Milestone status: To be started → Completed');
    await page.screenshot({ path: `${SCREENSHOT_DIR}board-panel.png` });
    expect(await axeViolations(page, '.panel')).toEqual([]);

    await page.reload();
    await expect(panel).toBeVisible();
    const reloaded = panel.getByRole('listitem', { name: 'Milestone 1: \u2068Consult the Sector Advisory Groups\u2069' });
    await expect(reloaded.getByLabel('Status')).toHaveValue('Completed');
    await expect(panel.getByLabel('Lead unit')).toHaveValue('BDT');
    await expect(panel.getByLabel('Target quarter', { exact: true })).toHaveValue('Q2 2026');
    await expect(history).toContainText('Lead unit: (empty) → BDT');
    await expect(history).toContainText('Milestone status: To be started → Completed');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page).not.toHaveURL(/line=/);
    await expect(card(page, 'M2')).toContainText('Milestones 1/1');
    await expect(card(page, 'M2')).toContainText('Lead: BDT');
  });

  test('filters from the URL, clears the filters, and has no axe violations', async ({ page }) => {
    await page.goto(appPath('/board?area=E&q=products'));
    await expect(page.getByRole('article')).toHaveCount(3);
    await expect(page.getByText('Showing 3 of 24 action lines')).toHaveCount(1);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await boardReady(page);
    await expect(page).not.toHaveURL(/area=/);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('shows the areas of action as swimlanes with no axe violations', async ({ page }) => {
    await page.goto(appPath('/board'));
    await boardReady(page);
    await page.getByRole('switch', { name: 'Group by area of action' }).check();
    await expect(page.getByRole('heading', { level: 2, name: 'E. Leverage events, products, and services' })).toBeVisible();
    await expect(page.getByRole('region', { name: '\u2068Increase voluntary contributions\u2069, Ongoing' }).getByRole('article')).toHaveCount(6);
    await page.screenshot({ path: `${SCREENSHOT_DIR}board-swimlanes.png`, fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
  });
});
