import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations } from './axe';
import { SCREENSHOT_DIR, appUrl, launchChromium, openApp } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

const column = (page: Page, status: string) => page.getByRole('region', { name: status, exact: true });
const codesIn = (page: Page, status: string) =>
  column(page, status).locator('article[data-code]').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-code')));

async function boardReady(page: Page) {
  await expect.poll(() => page.locator('article[data-code]').count()).toBe(24);
  // Drag and drop loads just after the cards show; its handles then describe themselves as sortable.
  await page.locator('.card__handle[aria-roledescription]').first().waitFor();
}

/** Opens the board with drag and drop's code held back until `release` is called. */
async function openBoardWithoutDragAndDrop(): Promise<{ context: BrowserContext; page: Page; release: () => void }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/BoardDndArea-*.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(appUrl('/board'));
  await expect.poll(() => page.locator('article[data-code]').count()).toBe(24);
  return { context, page, release };
}

describe('board interactions in Chromium', () => {
  it('drags a card with the mouse from one column to another', async () => {
    const { context, page } = await openApp(browser, '/board', { viewport: { width: 1280, height: 1400 } });
    await boardReady(page);
    const card = page.locator('article[data-code="E4"]');
    const target = column(page, 'Completed').locator('article[data-code="M3"]');
    const from = await card.boundingBox();
    const to = await target.boundingBox();
    if (!from || !to) throw new Error('cards are not laid out');
    await page.mouse.move(from.x + from.width / 2, from.y + 20);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2 + 20, from.y + 30, { steps: 5 });
    await page.mouse.move(to.x + to.width / 2, to.y + to.height - 5, { steps: 15 });
    await page.locator('.card--overlay').waitFor();
    await page.screenshot({ path: `${SCREENSHOT_DIR}board-drag.png` });
    await page.mouse.move(to.x + to.width / 2, to.y + to.height + 10, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => codesIn(page, 'Completed')).toEqual(['M1b', 'M3', 'E4']);
    await page.reload();
    await boardReady(page);
    expect(await codesIn(page, 'Completed')).toEqual(['M1b', 'M3', 'E4']);
    await context.close();
  });

  it('drops a card on the middle of a card in the next column without bouncing between columns', async () => {
    const { context, page } = await openApp(browser, '/board', { viewport: { width: 1280, height: 1400 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await boardReady(page);
    const from = await page.locator('article[data-code="E4"]').boundingBox();
    const to = await page.locator('article[data-code="M1"]').boundingBox();
    if (!from || !to) throw new Error('cards are not laid out');
    await page.mouse.move(from.x + from.width / 2, from.y + 20);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2 + 20, from.y + 30, { steps: 5 });
    await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 20 });
    await page.mouse.move(to.x + to.width / 2 + 2, to.y + to.height / 2 + 2, { steps: 4 });
    await page.mouse.up();
    await expect.poll(() => codesIn(page, 'Ongoing').then((codes) => codes.slice(0, 2))).toEqual(['E4', 'M1']);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('moves a card with the keyboard alone: Space, arrows, Space', async () => {
    const { context, page } = await openApp(browser, '/board');
    await boardReady(page);
    const handle = page.getByRole('button', { name: 'Drag E1', exact: true });
    await handle.focus();
    await page.keyboard.press('Space');
    // The handle shows the card is held as soon as Space is pressed, before the drag has rendered.
    expect(await handle.getAttribute('data-lifting')).toBe('');
    await page.locator('.card--overlay').waitFor();
    await page.keyboard.press('ArrowRight');
    await page.getByText(/E1 is over position \d+ of 17 in Ongoing/).waitFor({ state: 'attached' });
    await page.keyboard.press('Space');
    await expect.poll(() => codesIn(page, 'Ongoing')).toContain('E1');
    await page.getByText(/E1 dropped at position \d+ of 17 in Ongoing/).waitFor({ state: 'attached' });
    expect(await handle.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await handle.getAttribute('data-lifting')).toBeNull();
    expect(await codesIn(page, 'To be started')).not.toContain('E1');
    await page.reload();
    await boardReady(page);
    expect(await codesIn(page, 'Ongoing')).toContain('E1');
    await context.close();
  });

  it('keeps focus and an early Space when drag and drop arrives after the cards', async () => {
    // Drag and drop's code is held back until the keyboard has been used on the first-paint cards.
    const { context, page, release: releaseDragAndDrop } = await openBoardWithoutDragAndDrop();
    expect(await page.locator('.card__handle[aria-roledescription]').count()).toBe(0);

    await page.getByRole('button', { name: 'Drag E1', exact: true }).focus();
    await page.keyboard.press('Space');
    releaseDragAndDrop();

    // The Space pressed before drag and drop had loaded picks the card up once it has.
    await page.locator('.card--overlay').waitFor();
    await page.keyboard.press('ArrowRight');
    await page.getByText(/E1 is over position \d+ of 17 in Ongoing/).waitFor({ state: 'attached' });
    await page.keyboard.press('Space');
    await expect.poll(() => codesIn(page, 'Ongoing')).toContain('E1');
    expect(await page.getByRole('button', { name: 'Drag E1', exact: true }).evaluate((el) => el === document.activeElement)).toBe(true);
    await context.close();
  });

  it('keeps an open Move menu open when drag and drop arrives', async () => {
    const { context, page, release: releaseDragAndDrop } = await openBoardWithoutDragAndDrop();
    await page.getByRole('button', { name: 'Move V7', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Ongoing' }).waitFor();
    releaseDragAndDrop();
    await page.locator('.card__handle[aria-roledescription]').first().waitFor();
    await page.getByRole('menuitem', { name: 'Ongoing' }).click();
    await expect.poll(() => codesIn(page, 'Ongoing')).toContain('V7');
    await context.close();
  });

  it('moves with single clicks through the menu, undoes it, and shows it in the history', async () => {
    const { context, page } = await openApp(browser, '/board');
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
    await page.getByRole('status').filter({ hasText: 'Redone: M5 moved to Completed' }).waitFor();

    await page.reload();
    await boardReady(page);
    expect(await codesIn(page, 'To be started')).toContain('V7');
    expect(await codesIn(page, 'Completed')).toContain('M5');
    await page.locator('article[data-code="V7"] .card__open').click();
    const panel = page.getByRole('dialog', { name: 'V7 details' });
    await panel.waitFor();
    const history = panel.getByRole('region', { name: 'History' }).getByRole('listitem');
    await expect.poll(() => history.count()).toBe(2);
    expect(await history.first().textContent()).toContain('Status: Ongoing → To be started');
    expect(await history.nth(1).textContent()).toContain('Status: To be started → Ongoing');
    await context.close();
  });

  it('opens a card by URL, adds and edits a milestone, and keeps it after a reload', async () => {
    const { context, page } = await openApp(browser, '/board?line=M2');
    const panel = page.getByRole('dialog', { name: 'M2 details' });
    await panel.waitFor();
    await panel.getByLabel('New milestone title').fill('Consult the Sector Advisory Groups');
    await panel.getByLabel('Target quarter (optional)').fill('Q1 2026');
    await panel.getByRole('button', { name: 'Add milestone' }).click();
    const milestone = panel.getByRole('listitem', { name: 'Milestone 1: Consult the Sector Advisory Groups' });
    await milestone.waitFor();
    await milestone.getByLabel('Status').selectOption('Completed');
    await expect.poll(() => milestone.getByLabel('Completed on').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const leadUnit = panel.getByLabel('Lead unit');
    await leadUnit.fill('BDT');
    await leadUnit.press('Enter');
    const target = panel.getByLabel('Target quarter', { exact: true });
    await target.fill('sometime');
    await target.press('Enter');
    await panel.getByText('Write a quarter and year, for example Q3 2025.').waitFor();
    await page.screenshot({ path: `${SCREENSHOT_DIR}board-panel.png` });
    expect(await axeViolations(page, '.panel')).toEqual([]);

    await page.reload();
    await panel.waitFor();
    const reloaded = panel.getByRole('listitem', { name: 'Milestone 1: Consult the Sector Advisory Groups' });
    expect(await reloaded.getByLabel('Status').inputValue()).toBe('Completed');
    expect(await panel.getByLabel('Lead unit').inputValue()).toBe('BDT');
    expect(await panel.getByLabel('Target quarter', { exact: true }).inputValue()).toBe('Q2 2026');
    const history = await panel.getByRole('region', { name: 'History' }).textContent();
    expect(history).toContain('Lead unit: (empty) → BDT');
    expect(history).toContain('Milestone status: To be started → Completed');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await expect.poll(() => page.url()).not.toContain('line=');
    const card = page.locator('article[data-code="M2"]');
    expect(await card.textContent()).toContain('Milestones 1/1');
    expect(await card.textContent()).toContain('Lead: BDT');
    await context.close();
  });

  it('filters from the URL, shows swimlanes, and has no axe violations', async () => {
    const { context, page } = await openApp(browser, '/board?area=E&q=products');
    await expect.poll(() => page.locator('article[data-code]').count()).toBe(3);
    expect(await page.getByText('Showing 3 of 24 action lines').count()).toBe(1);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await boardReady(page);
    expect(page.url()).not.toContain('area=');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('switch', { name: 'Group by area of action' }).check();
    await page.getByRole('heading', { level: 2, name: 'E. Leverage events, products, and services' }).waitFor();
    expect(await page.getByRole('region', { name: 'Increase voluntary contributions, Ongoing' }).locator('article').count()).toBe(6);
    await page.screenshot({ path: `${SCREENSHOT_DIR}board-swimlanes.png`, fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
