import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { AppProviders } from '../../app/AppProviders';
import { createAppQueryClient } from '../../app/createAppQueryClient';
import { TeamSyncHost } from '../../app/TeamSyncHost';
import { queryKeys } from '../../data/queryKeys';
import { stopTeamSync } from '../../data/teamSync/teamSyncRunner';
import { getTeamSyncState, setTeamSyncState, type TeamSyncState } from '../../data/teamSync/teamSyncStatus';
import { writeTeamSync, type TrackerDatabase } from '../../db';
import { createTestDatabase } from '../../../tests/helpers/testDatabase';

const SESSION_URL = `${window.location.origin}/couchdb/_session`;

/**
 * The team database never answers while a test looks at the header: the engine that the indicator
 * starts waits on its first request, so only the test sets the state. Each request fails once the
 * test is over and the engine stopped, which ends the engine's loop.
 */
function stubSilentCouch() {
  const pending: ((reason: unknown) => void)[] = [];
  const fetchMock = vi.fn<typeof fetch>(() => new Promise<Response>((_, reject) => pending.push(reject)));
  vi.stubGlobal('fetch', fetchMock);
  return { fetchMock, pending };
}

let silentCouch: ReturnType<typeof stubSilentCouch> | null = null;

afterEach(async () => {
  // Unmounting stops the engine the indicator started; then its request may fail.
  cleanup();
  const stopped = stopTeamSync();
  for (const reject of silentCouch?.pending ?? []) reject(new TypeError('Failed to fetch'));
  silentCouch = null;
  await stopped;
  await new Promise((resolve) => setTimeout(resolve, 0));
  vi.unstubAllGlobals();
});

function renderHost(db: TrackerDatabase) {
  const queryClient = createAppQueryClient();
  const result = render(
    <AppProviders db={db} queryClient={queryClient}>
      <TeamSyncHost />
    </AppProviders>,
  );
  const settingRead = () => waitFor(() => expect(queryClient.getQueryState(queryKeys.teamSync)?.status).toBe('success'));
  return { ...result, settingRead };
}

async function signedInDatabase(): Promise<TrackerDatabase> {
  const db = createTestDatabase();
  await writeTeamSync(db, { address: '/couchdb/action-line-tracker', user: 'ed', roles: ['tracker-editor'] });
  return db;
}

describe("The header's word on team sync", () => {
  it('is nothing, and no sync runs, while team sync is off', async () => {
    silentCouch = stubSilentCouch();
    const { container, settingRead } = renderHost(createTestDatabase());
    await settingRead();
    expect(container).toBeEmptyDOMElement();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(silentCouch.fetchMock).not.toHaveBeenCalled();
    expect(getTeamSyncState()).toEqual({ state: 'off' });
  });

  it('starts the sync once signed in and says what it does, a problem as a link to Settings', async () => {
    silentCouch = stubSilentCouch();
    const { fetchMock } = silentCouch;
    const db = await signedInDatabase();
    renderHost(db);

    const status = await screen.findByRole('status', { name: 'Team sync: Syncing…' });
    expect(status).toHaveTextContent('⟳Syncing…');
    expect(within(status).queryByRole('link')).not.toBeInTheDocument();
    // The engine asks the team's server who is signed in first, on this site.
    await waitFor(() => expect(fetchMock).toHaveBeenCalled());
    expect(fetchMock.mock.calls[0]?.[0]).toBe(SESSION_URL);

    const cases: { state: TeamSyncState; words: string; icon: string; isProblem: boolean }[] = [
      { state: { state: 'synced' }, words: 'Synced', icon: '✓', isProblem: false },
      { state: { state: 'unreachable' }, words: 'Offline: will retry', icon: '⚠', isProblem: true },
      { state: { state: 'sessionExpired' }, words: 'Session expired: sign in', icon: '⚠', isProblem: true },
      { state: { state: 'refused', reason: 'Readers may not change records.' }, words: 'Refused: your role may not make this change', icon: '⛔', isProblem: true },
      { state: { state: 'teamEmpty' }, words: 'Team database empty: a team admin must sign in first', icon: '⚠', isProblem: true },
      { state: { state: 'failed', reason: 'Boom' }, words: 'Sync failed: will retry', icon: '⚠', isProblem: true },
      { state: { state: 'syncing' }, words: 'Syncing…', icon: '⟳', isProblem: false },
    ];
    for (const { state, words, icon, isProblem } of cases) {
      act(() => setTeamSyncState(state));
      const shown = await screen.findByRole('status', { name: `Team sync: ${words}` });
      expect(shown).toHaveTextContent(`${icon}${words}`);
      expect(shown.querySelector('[aria-hidden="true"]')).toHaveTextContent(icon);
      if (isProblem) expect(within(shown).getByRole('link', { name: words })).toHaveAttribute('href', expect.stringMatching(/\/settings$/));
      else expect(within(shown).queryByRole('link')).not.toBeInTheDocument();
    }

    act(() => setTeamSyncState({ state: 'off' }));
    await waitFor(() => expect(screen.queryByRole('status')).not.toBeInTheDocument());
  });

  it('counts the changes waiting while the team database cannot be reached', async () => {
    silentCouch = stubSilentCouch();
    const db = await signedInDatabase();
    // Three entries for two records: a record waits once, however often it changed.
    await db.outbox.bulkAdd([{ docId: 'line:M1' }, { docId: 'line:M1' }, { docId: 'line:M2' }]);
    renderHost(db);
    await screen.findByRole('status', { name: 'Team sync: Syncing…' });

    act(() => setTeamSyncState({ state: 'unreachable' }));
    const status = await screen.findByRole('status', { name: 'Team sync: Offline: 2 changes waiting, will retry' });
    expect(within(status).getByRole('link', { name: 'Offline: 2 changes waiting, will retry' })).toBeInTheDocument();

    await db.outbox.where('docId').equals('line:M2').delete();
    expect(await screen.findByRole('status', { name: 'Team sync: Offline: 1 change waiting, will retry' })).toBeInTheDocument();

    await db.outbox.clear();
    expect(await screen.findByRole('status', { name: 'Team sync: Offline: will retry' })).toBeInTheDocument();
  });

  it('stops the sync when it goes from the page', async () => {
    silentCouch = stubSilentCouch();
    const { unmount } = renderHost(await signedInDatabase());
    await screen.findByRole('status', { name: 'Team sync: Syncing…' });
    await waitFor(() => expect(silentCouch?.fetchMock).toHaveBeenCalled());
    const requests = silentCouch?.fetchMock.mock.calls.length;
    unmount();
    expect(getTeamSyncState()).toEqual({ state: 'off' });
    // Its request failing now neither shows a problem nor makes it try again.
    for (const reject of silentCouch?.pending.splice(0) ?? []) reject(new TypeError('Failed to fetch'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(getTeamSyncState()).toEqual({ state: 'off' });
    expect(silentCouch?.fetchMock).toHaveBeenCalledTimes(requests ?? 0);
  });
});
