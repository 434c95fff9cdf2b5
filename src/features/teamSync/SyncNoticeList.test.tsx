import { describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AppProviders } from '../../app/AppProviders';
import { createAppQueryClient } from '../../app/createAppQueryClient';
import { queryKeys } from '../../data/queryKeys';
import type { SyncNotice, TrackerDatabase } from '../../db';
import { createTestDatabase } from '../../../tests/helpers/testDatabase';
import { SyncNoticeList } from './SyncNoticeList';

const AT = '2026-03-01T10:00:00.000Z';

const CONFLICT: SyncNotice = {
  id: 'conflict-m1',
  kind: 'conflict',
  docId: 'line:M1',
  lineCode: 'M1',
  field: 'notes',
  mine: 'Mine',
  theirs: 'Theirs',
  by: 'ed',
  at: AT,
};

const SET_ASIDE: SyncNotice = {
  id: 'set-aside-m2',
  kind: 'setAside',
  docId: 'line:M2',
  lineCode: 'M2',
  field: '',
  mine: null,
  theirs: null,
  by: null,
  at: AT,
};

const CONFLICT_TEXT = 'ed changed “Notes” of M1 at the same time as you. Their value was kept: “Theirs”. Yours was: “Mine”.';
const SET_ASIDE_TEXT =
  "A record from the team database (line:M2) was set aside: it does not have the form this app accepts. Nothing was written. Tell the team's admin.";

/** A tracker whose M1 took a colleague's notes over this browser's, and with a team record set aside. */
async function databaseWithNotices(): Promise<TrackerDatabase> {
  const db = createTestDatabase();
  await db.actionLines.update('M1', { notes: 'Theirs' });
  await db.syncNotices.bulkAdd([CONFLICT, SET_ASIDE]);
  return db;
}

function renderNotices(db: TrackerDatabase, lineCode?: string) {
  const queryClient = createAppQueryClient();
  const result = render(
    <AppProviders db={db} queryClient={queryClient}>
      <SyncNoticeList lineCode={lineCode} />
    </AppProviders>,
  );
  /** Once the notices are read: the list is then what it will stay. */
  const read = () => waitFor(() => expect(queryClient.getQueryState(queryKeys.syncNotices)?.status).toBe('success'));
  return { ...result, read };
}

async function findNotices() {
  const list = await screen.findByRole('region', { name: 'Sync notices' });
  return { list, notes: await within(list).findAllByRole('note') };
}

describe('SyncNoticeList', () => {
  it("lists every notice: whose value was kept over mine, in the history's words, and what was set aside", async () => {
    renderNotices(await databaseWithNotices());
    const { list, notes } = await findNotices();
    expect(within(list).getByRole('heading', { level: 3, name: 'Sync notices' })).toBeInTheDocument();
    expect(notes).toHaveLength(2);
    const [conflict, setAside] = notes;
    if (!conflict || !setAside) throw new Error('Two notices expected.');
    expect(conflict).toHaveTextContent(CONFLICT_TEXT);
    expect(within(conflict).getByRole('button', { name: 'Use my value for “Notes” of M1' })).toHaveTextContent('Use mine');
    expect(within(conflict).getByRole('button', { name: 'Dismiss the notice about M1' })).toHaveTextContent('Dismiss');
    expect(setAside).toHaveTextContent(SET_ASIDE_TEXT);
    // Nothing of this browser's lost there: only dismissing it.
    expect(within(setAside).queryByRole('button', { name: /^Use my value/ })).not.toBeInTheDocument();
    expect(within(setAside).getByRole('button', { name: 'Dismiss the notice about M2' })).toBeInTheDocument();
  });

  it("shows a line's notices only, in that line's panel", async () => {
    renderNotices(await databaseWithNotices(), 'M1');
    const { notes } = await findNotices();
    expect(notes).toHaveLength(1);
    expect(notes[0]).toHaveTextContent(CONFLICT_TEXT);
    expect(screen.queryByText(/was set aside/)).not.toBeInTheDocument();
  });

  it('shows nothing when there is no notice, nor one for the line, nor only overruled ones', async () => {
    const db = createTestDatabase();
    await db.syncNotices.add({ ...CONFLICT, id: 'overruled-m1', kind: 'overruled' });
    const all = renderNotices(db);
    await all.read();
    expect(all.container).toBeEmptyDOMElement();
    all.unmount();

    await db.syncNotices.add(SET_ASIDE);
    const forM1 = renderNotices(db, 'M1');
    await forM1.read();
    expect(forM1.container).toBeEmptyDOMElement();
    expect(screen.queryByRole('region', { name: 'Sync notices' })).not.toBeInTheDocument();
  });

  it('"Use mine" makes my value the line\'s again, in the history, and the notice goes', async () => {
    const user = userEvent.setup();
    const db = await databaseWithNotices();
    const historyBefore = await db.historyEntries.count();
    renderNotices(db);
    const { list } = await findNotices();
    await user.click(within(list).getByRole('button', { name: 'Use my value for “Notes” of M1' }));

    await waitFor(() => expect(screen.queryByText(/changed “Notes” of/)).not.toBeInTheDocument());
    expect(screen.getByText(/was set aside/)).toBeInTheDocument();
    expect((await db.actionLines.get('M1'))?.notes).toBe('Mine');
    expect(await db.syncNotices.get(CONFLICT.id)).toBeUndefined();
    expect(await db.syncNotices.get(SET_ASIDE.id)).toBeDefined();
    const history = await db.historyEntries.toArray();
    expect(history).toHaveLength(historyBefore + 1);
    expect(history.find((entry) => entry.to === 'Mine')).toMatchObject({
      entity: 'actionLine',
      entityId: 'M1',
      lineCode: 'M1',
      field: 'notes',
      from: 'Theirs',
      to: 'Mine',
    });
  });

  it("dismisses a notice without changing the line, and the list goes with the last one", async () => {
    const user = userEvent.setup();
    const db = await databaseWithNotices();
    const lineBefore = await db.actionLines.get('M1');
    const historyBefore = await db.historyEntries.count();
    const { container } = renderNotices(db);
    const { list } = await findNotices();

    await user.click(within(list).getByRole('button', { name: 'Dismiss the notice about M1' }));
    await waitFor(() => expect(screen.queryByText(/changed “Notes” of/)).not.toBeInTheDocument());
    expect(await db.syncNotices.get(CONFLICT.id)).toBeUndefined();
    expect(await db.actionLines.get('M1')).toEqual(lineBefore);
    expect(await db.historyEntries.count()).toBe(historyBefore);

    await user.click(screen.getByRole('button', { name: 'Dismiss the notice about M2' }));
    await waitFor(() => expect(container).toBeEmptyDOMElement());
    expect(await db.syncNotices.count()).toBe(0);
    expect(await db.historyEntries.count()).toBe(historyBefore);
  });
});
