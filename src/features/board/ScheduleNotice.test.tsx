import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../../tests/helpers/renderApp';
import { createTestDatabase } from '../../../tests/helpers/testDatabase';
import { formatDate } from '../../i18n';
import { todayIsoDate } from '../../data';

describe('the note on the schedule flags', () => {
  it('says on the first open of the board that the flags are judged against today until a reporting date is set', async () => {
    renderApp('/board');
    const notice = await screen.findByRole('complementary', { name: 'About the schedule flags' });
    expect(notice).toHaveTextContent(
      `“Overdue” and “Due soon” on the cards are judged against the reporting date. None is set, so today is used (${formatDate(todayIsoDate(), 'en')})`,
    );
  });

  it('names the reporting date once one is set', async () => {
    const db = createTestDatabase();
    await db.open();
    await db.settings.put({ key: 'reportingDate', value: '2026-01-15' });
    renderApp('/board', db);
    const notice = await screen.findByRole('complementary', { name: 'About the schedule flags' });
    expect(notice).toHaveTextContent('judged against the reporting date, 15 January 2026, set in the Reporting date field.');
  });

  it('stays dismissed across reloads once dismissed', async () => {
    const user = userEvent.setup();
    const { unmount } = renderApp('/board');
    const notice = await screen.findByRole('complementary', { name: 'About the schedule flags' });
    await user.click(within(notice).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('complementary', { name: 'About the schedule flags' })).not.toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem('action-line-tracker-ui') ?? '{}')).toMatchObject({ state: { isScheduleNoticeDismissed: true } });
    unmount();
    renderApp('/board');
    await screen.findAllByRole('article');
    expect(screen.queryByRole('complementary', { name: 'About the schedule flags' })).not.toBeInTheDocument();
  });
});
