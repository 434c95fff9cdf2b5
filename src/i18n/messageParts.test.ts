import { describe, expect, it } from 'vitest';
import { LANGUAGES } from './languages';
import { loadMessages, loadShellMessages, loadViewMessageTree } from './loadMessages';
import { hasViewMessages, i18n, loadViewMessages } from './messageParts';
import './index';

const SHELL_SECTIONS = ['app', 'nav', 'status', 'toast', 'storage', 'board', 'filters', 'move', 'timeline'];
// The card panel's messages travel with the other views': the panel loads after the board's first
// paint, and so does the board's note on the schedule flags. The CSV separator and the notes' links
// and the report options are shown by those views only.
const VIEW_SECTIONS = [
  'dashboard', 'priorities', 'snapshots', 'presentation', 'settings', 'panel', 'milestones', 'history', 'evidence',
  'scheduleNotice', 'csv', 'links', 'report', 'indicators', 'teamSync',
];

describe.each(LANGUAGES.map((language) => language.code))('%s messages in two parts', (language) => {
  it('keep the shell and the board apart from the other views, and lose nothing', async () => {
    const shell = await loadShellMessages(language);
    const views = await loadViewMessageTree(language);
    expect(Object.keys(shell)).toEqual(expect.arrayContaining(SHELL_SECTIONS));
    expect(Object.keys(views).sort()).toEqual([...VIEW_SECTIONS].sort());
    expect(Object.keys(shell).filter((section) => section in views)).toEqual([]);
    expect({ ...shell, ...views }).toEqual(await loadMessages(language));
  });
});

describe('the views part', () => {
  it('is fetched once per language and joins the messages already there', async () => {
    expect(hasViewMessages('es')).toBe(false);
    const first = loadViewMessages('es');
    expect(loadViewMessages('es')).toBe(first);
    await first;
    expect(hasViewMessages('es')).toBe(true);
    expect(i18n.getResource('es', 'translation', 'snapshots.reminder.dismiss')).toBe('Ahora no');
    expect(i18n.getResource('en', 'translation', 'board.title')).toBe('Board');
  });
});
