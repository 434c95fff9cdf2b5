import { afterEach, describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { renderApp } from '../../tests/helpers/renderApp';
import { createTestDatabase } from '../../tests/helpers/testDatabase';
import { recordExport } from '../db';
import { changeLanguage, i18n } from '../i18n';
import { hasViewMessages, loadPart } from '../i18n/messageParts';

describe('the backup reminder on the board', () => {
  afterEach(() => changeLanguage('en'));

  it('fetches the words it borrows from the snapshots view when it has something to say', async () => {
    // Russian as after a reload: only the shell's and the board's messages are there.
    await loadPart('ru', 'shell');
    await i18n.changeLanguage('ru');
    expect(hasViewMessages('ru')).toBe(false);
    const db = createTestDatabase();
    await recordExport(db, new Date(Date.now() - 45 * 24 * 60 * 60 * 1000).toISOString());
    renderApp('/board', db);
    const reminder = await screen.findByRole('complementary', { name: 'Напоминание о резервной копии' });
    expect(reminder).toHaveTextContent('45 дн. назад');
    expect(screen.getByRole('button', { name: 'Не сейчас' })).toBeInTheDocument();
    expect(hasViewMessages('ru')).toBe(true);
  });
});
