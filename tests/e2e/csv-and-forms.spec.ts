import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { axeViolations } from './axe';
import { appPath, expect, openButton, test } from './fixtures';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

async function chooseLanguage(page: Page, code: string) {
  await page.getByRole('combobox', { name: /^(Language|Langue)$/ }).selectOption(code);
  await expect(page.locator('html')).toHaveAttribute('lang', code);
}

/** The downloaded file's rows, without the byte order mark. The file is complete once its path resolves. */
async function csvRows(download: Download): Promise<string[]> {
  const text = readFileSync(await download.path(), 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  return text.slice(1).trimEnd().split('\r\n');
}

test.describe('spreadsheet-ready CSV', () => {
  test('separates the Annex 2 cells with semicolons in French, and with the separator chosen, remembered after a reload', async ({ page }) => {
    await page.goto(appPath('/dashboard'));
    await chooseLanguage(page, 'fr');
    const separator = page.getByRole('combobox', { name: 'Séparateur CSV' });
    await expect(separator).toHaveValue('automatic');
    await expect(separator.locator('option:checked')).toHaveText('Automatique (;)');

    const [automatic] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter l’Annexe 2 (CSV)' }).click()]);
    const rows = await csvRows(automatic);
    expect(rows[0]?.split(';')).toEqual([
      'Domaine d’action', 'Code', 'Titre', 'Ligne d’action', 'Unité responsable', 'Statut', 'Source du statut', 'Justification',
      'Achevée en', 'Jalons terminés', 'Jalons au total', 'Échéance', 'État', 'Motif de l’état', 'Calendrier', 'Notes', 'Date du rapport',
    ]);
    expect(rows).toHaveLength(25);

    await separator.selectOption('comma');
    await page.reload();
    await expect(page.getByRole('combobox', { name: 'Séparateur CSV' })).toHaveValue('comma');
    const [comma] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter l’Annexe 2 (CSV)' }).click()]);
    expect((await csvRows(comma))[0]).toMatch(/^Domaine d’action,Code,Titre,/);
  });
});

test.describe('forms and first contact', () => {
  test('makes an address typed in the notes a link that opens in a new tab', async ({ page }) => {
    await page.goto(appPath('/board'));
    await openButton(page, 'M2').click();
    const panel = page.getByRole('dialog', { name: 'M2 details' });
    await panel.getByRole('textbox', { name: 'Notes' }).fill('Draft in C25/54; see https://www.itu.int/council/.');
    await panel.getByRole('textbox', { name: 'Notes' }).press('Tab');
    const links = panel.getByRole('list', { name: 'Links and documents in the notes' });
    const link = links.getByRole('link', { name: /^https:\/\/www\.itu\.int\/council\// });
    await expect(link).toHaveAttribute('href', 'https://www.itu.int/council/');
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    // Read out as a document symbol; shown highlighted, not linked.
    await expect(links.getByRole('listitem').first()).toHaveText('ITU document C25/54');
    expect(await axeViolations(page, '.panel')).toEqual([]);
  });

  test('explains the schedule flags on the first open of the board, until dismissed', async ({ page }) => {
    await page.goto(appPath('/board'));
    const notice = page.getByRole('complementary', { name: 'About the schedule flags' });
    await expect(notice).toContainText('None is set, so today is used');
    expect(await axeViolations(page, '.schedule-notice')).toEqual([]);
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect(notice).toBeHidden();
    await page.reload();
    await expect(page.getByRole('article')).toHaveCount(24);
    await expect(notice).toBeHidden();
  });

  test('keeps every field of the priority form in its own column, at every width', async ({ page }) => {
    await page.goto(appPath('/priorities'));
    await page.getByRole('button', { name: 'Edit priority M1b' }).click();
    const form = page.getByRole('form');
    for (const width of [390, 1440, 1920]) {
      await page.setViewportSize({ width, height: 900 });
      const [line, milestone, target] = await Promise.all(
        ['Action line', 'Milestone status', 'Target'].map(async (name) => {
          const box = await form.getByLabel(name, { exact: true }).boundingBox();
          expect(box, `${name} at ${width} px`).not.toBeNull();
          return box ?? { x: 0, y: 0, width: 0, height: 0 };
        }),
      );
      const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
      expect([overlaps(line!, milestone!), overlaps(line!, target!), overlaps(milestone!, target!)], `at ${width} px`).toEqual([false, false, false]);
    }
  });
});
