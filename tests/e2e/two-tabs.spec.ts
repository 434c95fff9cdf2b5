import { SCREENSHOT_DIR, appPath, expect, test } from './fixtures';

test.describe('two tabs on one tracker', () => {
  test('a field left untouched in one tab never overwrites what the other tab saved', async ({ context, page }) => {
    const other = await context.newPage();
    await other.goto(appPath('/board?line=M2'));
    const otherNotes = other.getByRole('dialog', { name: 'M2 details' }).getByLabel('Notes');
    await otherNotes.click();

    await page.goto(appPath('/board?line=M2'));
    const notes = page.getByRole('dialog', { name: 'M2 details' }).getByLabel('Notes');
    await notes.fill('Agreed with the Sector Advisory Groups');
    await notes.press('Tab');
    await expect(page.getByRole('dialog', { name: 'M2 details' }).getByRole('region', { name: 'History' })).toContainText(
      'Agreed with the Sector Advisory Groups',
    );

    // The other tab's user clicks elsewhere without having typed: nothing is saved from there.
    await other.getByRole('dialog', { name: 'M2 details' }).getByLabel('Lead unit').click();
    await expect(otherNotes).toHaveValue('Agreed with the Sector Advisory Groups');
    await page.reload();
    await expect(page.getByRole('dialog', { name: 'M2 details' }).getByLabel('Notes')).toHaveValue('Agreed with the Sector Advisory Groups');
  });

  test('when both type, the later save asks which text to keep and loses neither', async ({ context, page }) => {
    const other = await context.newPage();
    await other.goto(appPath('/board?line=M2'));
    const otherPanel = other.getByRole('dialog', { name: 'M2 details' });
    await otherPanel.getByLabel('Notes').fill('Text from the other tab');

    await page.goto(appPath('/board?line=M2'));
    const notes = page.getByRole('dialog', { name: 'M2 details' }).getByLabel('Notes');
    await notes.fill('Text from this tab');
    await notes.press('Tab');
    await expect(page.getByRole('dialog', { name: 'M2 details' }).getByRole('region', { name: 'History' })).toContainText('Text from this tab');

    await otherPanel.getByLabel('Lead unit').click();
    const conflict = otherPanel.getByRole('alert').filter({ hasText: 'changed elsewhere' });
    await expect(conflict).toContainText('Text from this tab');
    await expect(otherPanel.getByLabel('Notes')).toHaveValue('Text from the other tab');
    await conflict.scrollIntoViewIfNeeded();
    await other.screenshot({ path: `${SCREENSHOT_DIR}field-conflict.png` });
    await conflict.getByRole('button', { name: 'Save my text' }).click();
    await expect(conflict).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole('dialog', { name: 'M2 details' }).getByLabel('Notes')).toHaveValue('Text from the other tab');
  });

  test('says plainly when another tab deletes the tracker, and never re-seeds or exports starting data', async ({ context, page }) => {
    await page.goto(appPath('/board'));
    await expect(page.getByRole('article')).toHaveCount(24);
    const other = await context.newPage();
    await other.goto(appPath('/board'));
    await expect(other.getByRole('article')).toHaveCount(24);
    await other.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.deleteDatabase('action-line-tracker');
          request.onsuccess = () => resolve();
          request.onerror = () => reject(request.error ?? new Error('The IndexedDB request failed.'));
        }),
    );
    await expect(page.getByRole('alert').filter({ hasText: "The tracker's stored data was deleted." })).toBeVisible();
    await page.screenshot({ path: `${SCREENSHOT_DIR}storage-deleted-banner.png` });
    await page.getByRole('button', { name: 'Move M4', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Completed' }).click();
    const databases = await page.evaluate(() => indexedDB.databases());
    expect(databases.map((database) => database.name)).not.toContain('action-line-tracker');
  });
});
