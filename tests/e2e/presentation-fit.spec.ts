import { appPath, expect, SCREENSHOT_DIR, test } from './fixtures';
import type { Page } from '@playwright/test';

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
] as const;
const LANGUAGES = ['en', 'fr', 'ru', 'ar'] as const;

/**
 * What overflows on the current slide: the stage scrolling (a row under the controls), an element
 * whose content is wider or taller than its box while it shows what overflows, or an element
 * whose box leaves its parent's. Text cut on purpose with an ellipsis (overflow hidden) is not
 * overflow.
 */
function overflowsOnSlide(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const stage = document.querySelector<HTMLElement>('.presentation__stage');
    if (!stage) return ['no stage'];
    const problems: string[] = [];
    if (stage.scrollHeight > stage.clientHeight + 1) problems.push(`stage scrolls: ${stage.scrollHeight} > ${stage.clientHeight}`);
    const describe = (element: Element) =>
      `${element.tagName.toLowerCase()}.${Array.from(element.classList).join('.')} "${(element.textContent ?? '').trim().slice(0, 40)}"`;
    for (const element of Array.from(stage.querySelectorAll<HTMLElement>('*'))) {
      // The chart draws in a box of its own size (.status-chart__canvas, which is measured); its library's inner boxes are not text.
      if (element.closest('svg, .visually-hidden, .recharts-wrapper')) continue;
      const style = getComputedStyle(element);
      // Positioned marks sit on the grid by design; a rotated diamond's box is its corners' square.
      if (style.display === 'none' || style.position === 'absolute' || style.position === 'fixed' || style.transform !== 'none') continue;
      const clips = style.overflowX !== 'visible' || style.overflowY !== 'visible';
      if (!clips && element.scrollWidth > element.clientWidth + 1 && element.clientWidth > 0 && style.display !== 'inline') {
        problems.push(`${describe(element)} is wider than its box: ${element.scrollWidth} > ${element.clientWidth}`);
      }
      const parent = element.parentElement;
      if (!parent || parent === stage || style.display === 'inline' || style.display === 'contents') continue;
      const box = element.getBoundingClientRect();
      const outer = parent.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (box.left < outer.left - 1 || box.right > outer.right + 1 || box.bottom > outer.bottom + 1 || box.top < outer.top - 1) {
        problems.push(`${describe(element)} leaves ${describe(parent)}`);
      }
    }
    return problems;
  });
}

async function switchLanguage(page: Page, language: string) {
  await page.evaluate((code) => {
    const key = 'action-line-tracker-ui';
    const stored = JSON.parse(localStorage.getItem(key) ?? '{"state":{},"version":1}') as { state: Record<string, unknown> };
    localStorage.setItem(key, JSON.stringify({ ...stored, state: { ...stored.state, language: code } }));
  }, language);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}

// One test per screen and language: all four languages of one screen in one test took 58 s of a
// 60 s budget at 1920x1080 once the figures slides came.
for (const size of SIZES) {
  for (const language of LANGUAGES) {
    test(`every slide fits at ${size.width}x${size.height} in ${language}`, async ({ page }) => {
      await page.setViewportSize(size);
      await page.goto(appPath('/present'));
      await switchLanguage(page, language);
      const position = page.locator('.presentation__position');
      // Eleven once the indicators' figures are in (a new tracker seeds them when the page is idle).
      await expect(position).toHaveText(/1\D+11/);
      for (let slide = 1; slide <= 11; slide += 1) {
        await expect(position).toHaveText(new RegExp(`${slide}\\D+11`));
        await expect(page.locator('.presentation__stage h1')).toBeVisible();
        if (slide === 1) await expect(page.locator('.status-chart svg').first()).toBeVisible();
        expect(await overflowsOnSlide(page), `${language}, slide ${slide}`).toEqual([]);
        if (size.width === 1920 && language !== 'fr') {
          await page.screenshot({ path: `${SCREENSHOT_DIR}present-${language}-${size.width}-${slide}.png` });
        }
        await page.keyboard.press('PageDown');
      }
    });
  }
}
