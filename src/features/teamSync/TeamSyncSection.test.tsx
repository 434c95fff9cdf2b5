import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AppProviders } from '../../app/AppProviders';
import { createAppQueryClient } from '../../app/createAppQueryClient';
import { queryKeys } from '../../data/queryKeys';
import { stopTeamSync } from '../../data/teamSync/teamSyncRunner';
import { getTeamSyncState } from '../../data/teamSync/teamSyncStatus';
import { readTeamSync, writeTeamSync, type TrackerDatabase } from '../../db';
import { createTestDatabase } from '../../../tests/helpers/testDatabase';
import { TeamSyncSection } from './TeamSyncSection';

const ADDRESS = '/couchdb/action-line-tracker';
const ORIGIN = window.location.origin;
const SESSION_URL = `${ORIGIN}/couchdb/_session`;
const DATABASE_URL = `${ORIGIN}${ADDRESS}`;

/** Settings' Team sync card alone: no header, so no TeamSyncHost and no sync engine. */
function renderSection(db: TrackerDatabase = createTestDatabase(), queryClient = createAppQueryClient()) {
  const result = render(
    <AppProviders db={db} queryClient={queryClient}>
      <TeamSyncSection />
    </AppProviders>,
  );
  return { ...result, db };
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

function urlOf(input: Parameters<typeof fetch>[0]): string {
  if (typeof input === 'string') return input;
  return input instanceof URL ? input.href : input.url;
}

/** A CouchDB that answers the requests named "<METHOD> <url>", and refuses to exist for any other. */
function stubCouch(routes: Record<string, () => Response>) {
  const fetchMock = vi.fn<typeof fetch>((input, init) => {
    const request = `${init?.method ?? 'GET'} ${urlOf(input)}`;
    const answer = routes[request];
    return answer ? Promise.resolve(answer()) : Promise.reject(new Error(`Unexpected request: ${request}`));
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

function requestsOf(fetchMock: ReturnType<typeof stubCouch>): string[] {
  return fetchMock.mock.calls.map(([input, init]) => `${init?.method ?? 'GET'} ${urlOf(input)}`);
}

/** The "Signed in as …" line, whose values each stand in a <bdi>. */
function signedInLine(section: HTMLElement) {
  return within(section).queryByText((_, element) => element?.tagName === 'P' && (element.textContent ?? '').startsWith('Signed in as'));
}

async function findSignedInLine(section: HTMLElement) {
  await waitFor(() => expect(signedInLine(section)).toBeInTheDocument());
  return signedInLine(section);
}

async function findSection() {
  return screen.findByRole('region', { name: 'Team sync' });
}

async function fillIn(address: string | null, name: string, password: string) {
  const user = userEvent.setup();
  const section = await findSection();
  const addressField = await within(section).findByRole('textbox', { name: 'Team database address' });
  if (address !== null) {
    await user.clear(addressField);
    if (address !== '') await user.type(addressField, address);
  }
  await user.type(within(section).getByRole('textbox', { name: 'User name' }), name);
  await user.type(within(section).getByLabelText('Password'), password);
  await user.click(within(section).getByRole('button', { name: 'Sign in and sync' }));
  return { user, section };
}

function expectTyped(section: HTMLElement, { address, name, password }: { address: string; name: string; password: string }) {
  expect(within(section).getByRole('textbox', { name: 'Team database address' })).toHaveValue(address);
  expect(within(section).getByRole('textbox', { name: 'User name' })).toHaveValue(name);
  expect(within(section).getByLabelText('Password')).toHaveValue(password);
}

afterEach(async () => {
  vi.unstubAllGlobals();
  // Signing in starts team sync: it stops with the test.
  await stopTeamSync();
});

describe("Settings' Team sync section", () => {
  it('offers the sign-in form while sync is off, every control named', async () => {
    renderSection();
    const section = await findSection();
    const address = await within(section).findByRole('textbox', { name: 'Team database address' });
    expect(address).toHaveValue(ADDRESS);
    expect(address).toHaveAccessibleDescription(/The path your web server gives the CouchDB database/);
    expect(address).not.toHaveAttribute('aria-invalid', 'true');
    expect(within(section).getByRole('textbox', { name: 'User name' })).toHaveValue('');
    const password = within(section).getByLabelText('Password');
    expect(password).toHaveAttribute('type', 'password');
    expect(password).toHaveValue('');
    expect(password).toHaveAccessibleDescription(/this app keeps no password/);
    expect(
      within(section).getByText(
        "If the team database already holds a tracker, it replaces this browser's tracker. Export a snapshot first if you want to keep this one.",
      ),
    ).toBeInTheDocument();
    expect(within(section).getByRole('button', { name: 'Sign in and sync' })).toBeEnabled();
    expect(within(section).queryByRole('alert')).not.toBeInTheDocument();

    const controls = section.querySelectorAll('input, button, select, textarea');
    expect(controls).toHaveLength(4);
    for (const control of controls) expect(control).toHaveAccessibleName();
  });

  const origin = new URL(ORIGIN);
  it.each([
    { problem: 'an empty address', address: '', message: "Enter the team database's address." },
    {
      problem: 'an address on another site',
      address: 'https://other.example.org/couchdb/x',
      message: `The team database must be on this site (${ORIGIN}): this browser lets the app talk to its own site only. Ask whoever runs it to serve the database under a path of this site.`,
    },
    {
      problem: 'an address with a user name and password',
      address: `${origin.protocol}//ed:secret@${origin.host}${ADDRESS}`,
      message: 'Leave the user name and password out of the address; enter them below.',
    },
  ])('says what is wrong with $problem, keeps what was typed and asks no server', async ({ address, message }) => {
    const fetchMock = stubCouch({});
    renderSection();
    const { section } = await fillIn(address, 'ed', 'secret');
    expect(await within(section).findByRole('alert')).toHaveTextContent(message);
    expectTyped(section, { address, name: 'ed', password: 'secret' });
    expect(within(section).getByRole('textbox', { name: 'Team database address' })).toHaveAttribute('aria-invalid', 'true');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('says the password is wrong, keeps what was typed and stores nothing', async () => {
    const fetchMock = stubCouch({
      [`POST ${SESSION_URL}`]: () => json(401, { error: 'unauthorized', reason: 'Name or password is incorrect.' }),
    });
    const { db, unmount } = renderSection();
    const { section } = await fillIn(null, 'ed', 'wrong');
    expect(await within(section).findByRole('alert')).toHaveTextContent('The user name or password is wrong.');
    expectTyped(section, { address: ADDRESS, name: 'ed', password: 'wrong' });
    // A wrong password is no problem of the address.
    expect(within(section).getByRole('textbox', { name: 'Team database address' })).toHaveAttribute('aria-invalid', 'false');
    expect(requestsOf(fetchMock)).toEqual([`POST ${SESSION_URL}`]);
    expect(fetchMock.mock.calls[0]?.[1]).toMatchObject({ credentials: 'same-origin', body: JSON.stringify({ name: 'ed', password: 'wrong' }) });

    expect(await readTeamSync(db)).toBeNull();
    unmount();
    renderSection(db);
    expect(await within(await findSection()).findByRole('button', { name: 'Sign in and sync' })).toBeInTheDocument();
    expect(signedInLine(await findSection())).not.toBeInTheDocument();
  });

  it('says the user has no role in the team when the session has none', async () => {
    const fetchMock = stubCouch({
      [`POST ${SESSION_URL}`]: () => json(200, { ok: true, name: 'x', roles: [] }),
      [`GET ${SESSION_URL}`]: () => json(200, { ok: true, userCtx: { name: 'x', roles: [] } }),
    });
    const { db } = renderSection();
    const { section } = await fillIn(null, 'x', 'secret');
    expect(await within(section).findByRole('alert')).toHaveTextContent(
      "This user has no role in the team (reader, editor or admin). Ask the team's admin to add one.",
    );
    expectTyped(section, { address: ADDRESS, name: 'x', password: 'secret' });
    expect(requestsOf(fetchMock)).toEqual([`POST ${SESSION_URL}`, `GET ${SESSION_URL}`]);
    expect(await readTeamSync(db)).toBeNull();
  });

  it('says the team database did not answer when the request fails', async () => {
    const fetchMock = vi.fn<typeof fetch>(() => Promise.reject(new TypeError('Failed to fetch')));
    vi.stubGlobal('fetch', fetchMock);
    const { db } = renderSection();
    const { section } = await fillIn(null, 'ed', 'secret');
    expect(await within(section).findByRole('alert')).toHaveTextContent(
      'The team database did not answer. Check the address and your connection, then try again.',
    );
    expectTyped(section, { address: ADDRESS, name: 'ed', password: 'secret' });
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(await readTeamSync(db)).toBeNull();
  });

  it('signs in, stores who and where, and shows who is signed in with which role', async () => {
    const fetchMock = stubCouch({
      [`POST ${SESSION_URL}`]: () => json(200, { ok: true, name: 'ed', roles: ['tracker-editor'] }),
      [`GET ${SESSION_URL}`]: () => json(200, { ok: true, userCtx: { name: 'ed', roles: ['tracker-editor'] } }),
      [`GET ${DATABASE_URL}`]: () => json(200, { db_name: 'action-line-tracker', doc_count: 0 }),
      [`GET ${DATABASE_URL}/_changes?include_docs=true&limit=500&since=0`]: () => json(200, { results: [], last_seq: '0' }),
    });
    const { db } = renderSection();
    // The name as typed, spaces around it included: the server gets it trimmed.
    const { section } = await fillIn(null, ' ed ', 'secret');

    expect(await findSignedInLine(section)).toHaveTextContent(
      'Signed in as ed (editor: changes lines, milestones, priority items and indicators) to /couchdb/action-line-tracker.',
    );
    expect(within(section).getByRole('button', { name: 'Sign out' })).toBeEnabled();
    expect(within(section).queryByRole('button', { name: 'Sign in and sync' })).not.toBeInTheDocument();
    expect(within(section).queryByLabelText('Password')).not.toBeInTheDocument();
    for (const control of section.querySelectorAll('input, button')) expect(control).toHaveAccessibleName();

    expect(await readTeamSync(db)).toEqual({ address: ADDRESS, user: 'ed', roles: ['tracker-editor'] });
    expect(fetchMock.mock.calls[0]?.[1]).toMatchObject({ credentials: 'same-origin', body: JSON.stringify({ name: 'ed', password: 'secret' }) });
    // Signing in starts sync itself, with no header's indicator shown here: an editor finds the team database empty.
    await waitFor(() => expect(getTeamSyncState()).toEqual({ state: 'teamEmpty' }));
    expect(requestsOf(fetchMock)).toEqual([
      `POST ${SESSION_URL}`,
      `GET ${SESSION_URL}`,
      `GET ${DATABASE_URL}`,
      `GET ${SESSION_URL}`,
      `GET ${DATABASE_URL}/_changes?include_docs=true&limit=500&since=0`,
    ]);
  });

  it("signs out, keeping this browser's copy: the setting and the notices go, the form comes back", async () => {
    const fetchMock = stubCouch({ [`DELETE ${SESSION_URL}`]: () => json(200, { ok: true }) });
    const db = createTestDatabase();
    await writeTeamSync(db, { address: ADDRESS, user: 'ed', roles: ['tracker-editor'] });
    await db.syncNotices.add({ id: 'n1', kind: 'setAside', docId: 'line:Z9', lineCode: null, field: '', mine: null, theirs: null, by: null, at: '2026-03-01T10:00:00.000Z' });
    const linesBefore = await db.actionLines.count();
    const user = userEvent.setup();
    renderSection(db);
    const section = await findSection();
    expect(await findSignedInLine(section)).toHaveTextContent(/^Signed in as ed \(editor: /);
    const removeCopy = within(section).getByRole('checkbox', { name: "Also remove this browser's copy of the tracker (for a shared computer)" });
    expect(removeCopy).not.toBeChecked();
    expect(within(section).getByRole('region', { name: 'Sync notices' })).toBeInTheDocument();

    await user.click(within(section).getByRole('button', { name: 'Sign out' }));

    expect(await within(section).findByRole('button', { name: 'Sign in and sync' })).toBeInTheDocument();
    expect(within(section).getByRole('textbox', { name: 'Team database address' })).toHaveValue(ADDRESS);
    expect(signedInLine(section)).not.toBeInTheDocument();
    await waitFor(() => expect(within(section).queryByRole('region', { name: 'Sync notices' })).not.toBeInTheDocument());
    expect(await readTeamSync(db)).toBeNull();
    expect(await db.syncNotices.count()).toBe(0);
    expect(await db.actionLines.count()).toBe(linesBefore);
    expect(requestsOf(fetchMock)).toEqual([`DELETE ${SESSION_URL}`]);
    expect(getTeamSyncState()).toEqual({ state: 'off' });
  });

  it('keeps saying it is signing out until the session has ended, though the setting is already gone', async () => {
    let endSession: (response: Response) => void = () => undefined;
    const fetchMock = vi.fn<typeof fetch>(() => new Promise<Response>((resolve) => (endSession = resolve)));
    vi.stubGlobal('fetch', fetchMock);
    const db = createTestDatabase();
    await writeTeamSync(db, { address: ADDRESS, user: 'ed', roles: ['tracker-editor'] });
    const queryClient = createAppQueryClient();
    const user = userEvent.setup();
    renderSection(db, queryClient);
    const section = await findSection();
    await findSignedInLine(section);

    await user.click(within(section).getByRole('button', { name: 'Sign out' }));
    await waitFor(() => expect(fetchMock).toHaveBeenCalledOnce());
    await waitFor(() => expect(queryClient.getQueryData(queryKeys.teamSync)).toBeNull());
    expect(within(section).getByRole('button', { name: 'Signing out…' })).toBeDisabled();
    expect(within(section).queryByRole('button', { name: 'Sign in and sync' })).not.toBeInTheDocument();

    endSession(json(200, { ok: true }));
    expect(await within(section).findByRole('button', { name: 'Sign in and sync' })).toBeInTheDocument();
    expect(signedInLine(section)).not.toBeInTheDocument();
  });
});
