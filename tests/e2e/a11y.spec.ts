import type { Page } from '@playwright/test';
import { axeViolations } from './axe';
import { SCREENSHOT_DIR, appPath, card, expect, openButton, test } from './fixtures';

test.use({ viewport: { width: 1280, height: 900 } });

/**
 * Every view and the card panel, each with something that shows it has finished loading (CSS: the
 * board's first card, the panel's loaded body, the chart, the first table row, the timeline track).
 */
const VIEWS = [
  { name: 'board', path: '/board', ready: 'article[data-code="M1"]' },
  { name: 'card-panel', path: '/board?line=M2', ready: 'dialog[open] .panel__body' },
  { name: 'dashboard', path: '/dashboard', ready: '.recharts-surface' },
  { name: 'priorities', path: '/priorities', ready: '.priorities-table tbody tr' },
  { name: 'timeline', path: '/timeline', ready: '.timeline__track' },
  { name: 'indicators', path: '/indicators', ready: '.indicator__trend-canvas svg' },
  { name: 'snapshots', path: '/snapshots', ready: 'h1' },
  { name: 'settings', path: '/settings', ready: 'h1' },
  { name: 'presentation', path: '/present', ready: '.recharts-surface' },
] as const;

/** Opens the board, switches the interface language (a fresh context starts in English), then goes to `path`. */
async function openInLanguage(page: Page, language: string, path: string) {
  await page.goto(appPath('/board'));
  await expect(card(page, 'M1')).toBeVisible();
  await page.getByLabel('Language', { exact: true }).selectOption(language);
  await expect(page.locator('html')).toHaveAttribute('lang', language);
  await page.goto(appPath(path));
}

/** The levels of the headings that are rendered, in document order. */
function headingLevels(page: Page): Promise<number[]> {
  return page
    .locator('h1, h2, h3, h4, h5, h6')
    .evaluateAll((headings) =>
      headings.filter((heading) => heading.getClientRects().length > 0).map((heading) => Number(heading.tagName.slice(1))),
    );
}

/** Each place where a heading goes down more than one level from the one before, e.g. "h2 → h4". */
function skippedLevels(levels: number[]): string[] {
  return levels.flatMap((level, index) =>
    level - (levels[index - 1] ?? 0) > 1 ? [`h${levels[index - 1] ?? 0} → h${level} (heading ${index + 1})`] : [],
  );
}

for (const language of ['en', 'ar']) {
  test.describe(`accessibility in ${language}`, () => {
    for (const view of VIEWS) {
      test(`${view.name} has no axe violations (WCAG 2.2 AA), one h1 and no skipped heading level`, async ({ page }) => {
        await openInLanguage(page, language, view.path);
        await expect(page.locator(view.ready).first()).toBeVisible();
        if (language === 'ar') await page.screenshot({ path: `${SCREENSHOT_DIR}view-${view.name}-ar.png`, fullPage: true });
        // One axe run (several seconds on a busy machine, too long to poll) once the view is ready.
        expect(await axeViolations(page)).toEqual([]);
        await expect.poll(async () => (await headingLevels(page)).filter((level) => level === 1)).toHaveLength(1);
        await expect.poll(async () => skippedLevels(await headingLevels(page))).toEqual([]);
      });
    }
  });
}

test.describe('zoom, focus and motion', () => {
  test('reflows at 200 % zoom in Arabic without a horizontal scroll bar on the page', async ({ context, page }) => {
    // 640 CSS pixels wide is what a 1280-pixel window shows at 200 % zoom. The language is kept in
    // the context's storage, so each view gets a page of its own, loaded from scratch, in Arabic.
    await openInLanguage(page, 'ar', '/board');
    for (const view of VIEWS.filter(({ name }) => name !== 'presentation' && name !== 'card-panel')) {
      const viewPage = await context.newPage();
      await viewPage.setViewportSize({ width: 640, height: 800 });
      await viewPage.goto(appPath(view.path));
      await expect(viewPage.locator('html')).toHaveAttribute('lang', 'ar');
      await expect(viewPage.locator(view.ready).first()).toBeVisible();
      // Names the widest elements that stick out of the window, so a failure says what to fix.
      await expect
        .poll(() =>
          viewPage.evaluate(() => {
            const width = document.documentElement.clientWidth;
            if (document.documentElement.scrollWidth <= width) return [];
            return Array.from(document.querySelectorAll('body *'))
              .filter((element) => {
                const box = element.getBoundingClientRect();
                return box.width > 0 && (box.left < -1 || box.right > width + 1);
              })
              .slice(0, 5)
              .map((element) => `${element.tagName.toLowerCase()}.${Array.from(element.classList).join('.')}`);
          }),
          { message: `${view.name} overflows the window` },
        )
        .toEqual([]);
      if (view.name === 'board' || view.name === 'dashboard') {
        await viewPage.screenshot({ path: `${SCREENSHOT_DIR}zoom-200-${view.name}-ar.png` });
      }
      await viewPage.close();
    }
  });

  test('shows where the keyboard focus is, and traps and restores it in the card panel', async ({ page }) => {
    await openInLanguage(page, 'ar', '/board');
    await expect(card(page, 'M1')).toBeVisible();
    await page.keyboard.press('Tab');
    const skipLink = page.getByRole('link', { name: 'الانتقال إلى المحتوى', exact: true });
    await expect(skipLink).toBeFocused();
    await expect.poll(() => skipLink.evaluate((element) => getComputedStyle(element).outlineStyle)).not.toBe('none');

    const open = openButton(page, 'M2');
    await open.focus();
    await page.keyboard.press('Enter');
    const panel = page.getByRole('dialog');
    await expect(panel).toBeVisible();
    // A modal dialog lets Tab reach the browser's own controls, never the page behind it. Focus has
    // moved once the key press returns, so each step's reading is final.
    const outside: string[] = [];
    for (let step = 0; step < 40; step += 1) {
      await page.keyboard.press('Tab');
      const escaped = await panel.evaluate((dialog) => {
        const active = document.activeElement;
        return active && active !== document.body && !dialog.contains(active) ? active.outerHTML.slice(0, 80) : null;
      });
      if (escaped) outside.push(escaped);
    }
    expect(outside).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(open).toBeFocused();
  });

  test('stops animations and transitions when the system asks for reduced motion', async ({ page }) => {
    await openInLanguage(page, 'ar', '/board');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await expect(card(page, 'M1')).toBeVisible();
    // Computed styles of whole kinds of element (cards, buttons, toasts, the panel): CSS selects them.
    await expect
      .poll(async () =>
        Math.max(
          ...(await page.locator('article, button, .toast, .panel').evaluateAll((elements) =>
            elements.map((element) => {
              const style = getComputedStyle(element);
              return Math.max(parseFloat(style.transitionDuration) || 0, parseFloat(style.animationDuration) || 0);
            }),
          )),
        ),
      )
      .toBeLessThanOrEqual(0.01);
  });
});
