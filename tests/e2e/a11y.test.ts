import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations } from './axe';
import { SCREENSHOT_DIR, appUrl, launchChromium, openApp } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** Every view and the card panel, each with something that shows it has finished loading. */
const VIEWS = [
  { name: 'board', path: '/board', ready: 'article[data-code="M1"]' },
  { name: 'card-panel', path: '/board?line=M2', ready: 'dialog[open] .panel__body' },
  { name: 'dashboard', path: '/dashboard', ready: '.recharts-surface' },
  { name: 'priorities', path: '/priorities', ready: '.priorities-table tbody tr' },
  { name: 'timeline', path: '/timeline', ready: '.timeline__track' },
  { name: 'snapshots', path: '/snapshots', ready: 'h1' },
  { name: 'settings', path: '/settings', ready: 'h1' },
  { name: 'presentation', path: '/present', ready: '.recharts-surface' },
] as const;

async function openInLanguage(language: string, path: string, viewport = { width: 1280, height: 900 }) {
  const { context, page } = await openApp(browser, '/board', { viewport });
  await page.locator('article[data-code="M1"]').waitFor();
  await page.locator('select[name="language"]').selectOption(language);
  await page.locator(`html[lang="${language}"]`).waitFor({ state: 'attached' });
  await page.goto(appUrl(path));
  return { context, page };
}

async function headingLevels(page: Page): Promise<number[]> {
  return page
    .locator('h1, h2, h3, h4, h5, h6')
    .evaluateAll((headings) =>
      headings.filter((heading) => heading.getClientRects().length > 0).map((heading) => Number(heading.tagName.slice(1))),
    );
}

describe.each(['en', 'ar'])('accessibility in %s', (language) => {
  it.each(VIEWS)('$name has no axe violations (WCAG 2.2 AA), one h1 and no skipped heading level', async (view) => {
    const { context, page } = await openInLanguage(language, view.path);
    await page.locator(view.ready).first().waitFor();
    if (language === 'ar') await page.screenshot({ path: `${SCREENSHOT_DIR}view-${view.name}-ar.png`, fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    const levels = await headingLevels(page);
    expect(levels.filter((level) => level === 1)).toHaveLength(1);
    levels.forEach((level, index) => expect(level - (levels[index - 1] ?? 0)).toBeLessThanOrEqual(1));
    await context.close();
  });
});

describe('zoom, focus and motion', () => {
  it('reflows at 200 % zoom in Arabic without a horizontal scroll bar on the page', async () => {
    // 640 CSS pixels wide is what a 1280-pixel window shows at 200 % zoom.
    for (const view of VIEWS.filter(({ name }) => name !== 'presentation' && name !== 'card-panel')) {
      const { context, page } = await openInLanguage('ar', view.path, { width: 640, height: 800 });
      await page.locator(view.ready).first().waitFor();
      // Names the widest elements that stick out of the window, so a failure says what to fix.
      const overflowing = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        if (document.documentElement.scrollWidth <= width) return [];
        return Array.from(document.querySelectorAll('body *'))
          .filter((element) => {
            const box = element.getBoundingClientRect();
            return box.width > 0 && (box.left < -1 || box.right > width + 1);
          })
          .slice(0, 5)
          .map((element) => `${element.tagName.toLowerCase()}.${Array.from(element.classList).join('.')}`);
      });
      expect({ view: view.name, overflowing }).toEqual({ view: view.name, overflowing: [] });
      if (view.name === 'board' || view.name === 'dashboard') {
        await page.screenshot({ path: `${SCREENSHOT_DIR}zoom-200-${view.name}-ar.png` });
      }
      await context.close();
    }
  });

  it('shows where the keyboard focus is, and traps and restores it in the card panel', async () => {
    const { context, page } = await openInLanguage('ar', '/board');
    await page.locator('article[data-code="M1"]').waitFor();
    await page.keyboard.press('Tab');
    const skipLink = page.locator('.skip-link');
    expect(await skipLink.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await skipLink.evaluate((element) => getComputedStyle(element).outlineStyle)).not.toBe('none');

    const open = page.locator('article[data-code="M2"] .card__open');
    await open.focus();
    await page.keyboard.press('Enter');
    const panel = page.locator('dialog[open]');
    await panel.waitFor();
    // A modal dialog lets Tab reach the browser's own controls, never the page behind it.
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
    await expect.poll(() => open.evaluate((element) => element === document.activeElement)).toBe(true);
    await context.close();
  });

  it('stops animations and transitions when the system asks for reduced motion', async () => {
    const { context, page } = await openInLanguage('ar', '/board');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.locator('article[data-code="M1"]').waitFor();
    const durations = await page
      .locator('article, button, .toast, .panel')
      .evaluateAll((elements) =>
        elements.map((element) => {
          const style = getComputedStyle(element);
          return Math.max(parseFloat(style.transitionDuration) || 0, parseFloat(style.animationDuration) || 0);
        }),
      );
    expect(Math.max(...durations)).toBeLessThanOrEqual(0.01);
    await context.close();
  });
});
