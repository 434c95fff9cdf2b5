// The team database's setup and rules, called over CouchDB's HTTP API directly, as someone who
// bypasses the app would: the server itself must refuse what a role may not do.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScript, startSyncServer, type RunningServer } from './syncServer';

const DATABASE = 'action-line-tracker';
let server: RunningServer;
const sessions = new Map<string, string>();

function basic({ name, password }: { name: string; password: string }) {
  return `Basic ${Buffer.from(`${name}:${password}`).toString('base64')}`;
}

async function call(method: string, path: string, { as, body }: { as?: string; body?: unknown } = {}) {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (as === 'server admin') headers.authorization = basic(server.admin);
  else if (as) headers.cookie = sessions.get(as) ?? '';
  const response = await fetch(new URL(path, server.url), { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> & { reason?: string; rev?: string } };
}

/** A person on the server with one of the team's roles, signed in with a cookie session. */
async function addPerson(name: string, roles: string[]) {
  const id = `org.couchdb.user:${name}`;
  const added = await call('PUT', `_users/${id}`, { as: 'server admin', body: { _id: id, name, password: `${name}-secret`, roles, type: 'user' } });
  expect(added.status).toBe(201);
  const response = await fetch(new URL('_session', server.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, password: `${name}-secret` }),
  });
  expect(response.status).toBe(200);
  sessions.set(name, (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '');
}

function setup(args: string[], env: Record<string, string> = { COUCHDB_USER: server.admin.name, COUCHDB_PASSWORD: server.admin.password }) {
  return runScript(['sync/setup.mjs', ...args], env);
}

const line = (code: string, author: string, title = 'A line') => ({ kind: 'line', author, record: { code, title, milestones: [] } });
const history = (id: string, author: string) => ({ kind: 'history', author, record: { id, author, entity: 'line', field: 'status' } });

beforeAll(async () => {
  server = await startSyncServer();
  const { code, output } = await setup([server.url]);
  expect(output).toContain(`database ${DATABASE}: created`);
  expect(code).toBe(0);
  await addPerson('ada', ['tracker-admin']);
  await addPerson('ed', ['tracker-editor']);
  await addPerson('rita', ['tracker-reader']);
  await addPerson('olga', []);
  expect((await call('PUT', `${DATABASE}/line:M.1`, { as: 'ada', body: line('M.1', 'ada') })).status).toBe(201);
});

afterAll(() => server?.stop());

describe('npm run sync-setup', () => {
  it('runs again without harm, bringing the rules up to date', async () => {
    const again = await setup([server.url]);
    expect(again.output).toContain(`database ${DATABASE}: present`);
    expect(again.output).toContain('rules: up to date (_design/tracker)');
    expect(again.code).toBe(0);
    const design = await call('GET', `${DATABASE}/_design/tracker`, { as: 'server admin' });
    const outdated = { ...design.json, validate_doc_update: 'function () {}' };
    expect((await call('PUT', `${DATABASE}/_design/tracker`, { as: 'server admin', body: outdated })).status).toBe(201);
    const updated = await setup([server.url]);
    expect(updated.output).toContain('rules: updated (_design/tracker)');
    expect((await call('PUT', `${DATABASE}/line:M.9`, { as: 'rita', body: line('M.9', 'rita') })).status).toBe(403);
    expect((await call('GET', `${DATABASE}/line:M.1`, { as: 'rita' })).status).toBe(200);
  });

  it('says why when the admin is refused, the address is wrong or the credentials are missing', async () => {
    const refused = await setup([server.url], { COUCHDB_USER: 'admin', COUCHDB_PASSWORD: 'wrong' });
    expect(refused).toMatchObject({ code: 1, output: expect.stringContaining('The server refused admin as an admin') as string });
    const wrongScheme = await setup(['ftp://127.0.0.1/']);
    expect(wrongScheme).toMatchObject({ code: 1, output: expect.stringContaining('must start with http:// or https://') as string });
    const withPassword = await setup(['http://admin:secret@127.0.0.1:1/']);
    expect(withPassword).toMatchObject({ code: 1, output: expect.stringContaining('not in the address') as string });
    const missing = await setup([server.url], {});
    expect(missing).toMatchObject({ code: 1, output: expect.stringContaining('Set COUCHDB_USER and COUCHDB_PASSWORD') as string });
  });
});

describe('the team database over HTTP', () => {
  it('lets members read by role and nobody else', async () => {
    expect((await call('GET', `${DATABASE}/line:M.1`)).status).toBe(401);
    expect((await call('GET', `${DATABASE}/_changes`, { as: 'olga' })).status).toBe(401);
    for (const person of ['rita', 'ed', 'ada']) expect((await call('GET', `${DATABASE}/line:M.1`, { as: person })).status).toBe(200);
  });

  it('refuses every write of a reader, whatever the way', async () => {
    const current = await call('GET', `${DATABASE}/line:M.1`, { as: 'rita' });
    const put = await call('PUT', `${DATABASE}/line:M.1`, { as: 'rita', body: { ...current.json, ...line('M.1', 'rita', 'Changed') } });
    expect(put).toMatchObject({ status: 403, json: { reason: 'Your role (reader) may not change the tracker.' } });
    const bulk = await call('POST', `${DATABASE}/_bulk_docs`, { as: 'rita', body: { docs: [{ _id: 'priorityItem:01J', ...line('x', 'rita') }] } });
    expect(bulk.json).toEqual([expect.objectContaining({ id: 'priorityItem:01J', error: 'forbidden' })]);
    expect((await call('DELETE', `${DATABASE}/line:M.1?rev=${String(current.json._rev)}`, { as: 'rita' })).status).toBe(403);
    expect((await call('GET', `${DATABASE}/line:M.1`, { as: 'rita' })).json.record).toEqual(line('M.1', 'ada').record);
  });

  it('lets an editor change a line as themselves only', async () => {
    const current = await call('GET', `${DATABASE}/line:M.1`, { as: 'ed' });
    const asAda = await call('PUT', `${DATABASE}/line:M.1`, { as: 'ed', body: { ...current.json, ...line('M.1', 'ada', 'Changed') } });
    expect(asAda).toMatchObject({ status: 403, json: { reason: 'The author must be the signed-in user (ed).' } });
    const asEd = await call('PUT', `${DATABASE}/line:M.1`, { as: 'ed', body: { ...current.json, ...line('M.1', 'ed', 'Changed') } });
    expect(asEd.status).toBe(201);
    const stale = await call('PUT', `${DATABASE}/line:M.1`, { as: 'ed', body: { ...current.json, ...line('M.1', 'ed', 'Stale') } });
    expect(stale.status).toBe(409);
  });

  it('keeps adding and removing lines, areas and the rules for team or server admins', async () => {
    expect((await call('PUT', `${DATABASE}/line:M.9`, { as: 'ed', body: line('M.9', 'ed') })).json.reason).toBe('Only a team admin adds or removes action lines.');
    const area = { kind: 'area', author: 'ed', record: { code: 'M', name: 'Renamed' } };
    expect((await call('PUT', `${DATABASE}/area:M`, { as: 'ed', body: area })).json.reason).toBe('Only a team admin changes the area records.');
    expect((await call('PUT', `${DATABASE}/_design/evil`, { as: 'ed', body: { validate_doc_update: 'function () {}' } })).status).toBe(401);
    expect((await call('PUT', `${DATABASE}/_security`, { as: 'ada', body: { members: { names: [], roles: [] } } })).status).toBe(401);
    expect((await call('PUT', `${DATABASE}/area:M`, { as: 'ada', body: { ...area, author: 'ada' } })).status).toBe(201);
    const added = await call('PUT', `${DATABASE}/line:M.9`, { as: 'ada', body: line('M.9', 'ada') });
    expect(added.status).toBe(201);
    const removal = (author: string) => ({ _rev: added.json.rev, _deleted: true, author });
    expect((await call('PUT', `${DATABASE}/line:M.9`, { as: 'ed', body: removal('ed') })).json.reason).toBe('Only a team admin adds or removes action lines.');
    expect((await call('DELETE', `${DATABASE}/line:M.9?rev=${String(added.json.rev)}`, { as: 'ada' })).json.reason).toBe(
      'The author must be the signed-in user (ada).',
    );
    expect((await call('PUT', `${DATABASE}/line:M.9`, { as: 'ada', body: removal('ada') })).status).toBe(201);
    expect((await call('GET', `${DATABASE}/line:M.9`, { as: 'ada' })).status).toBe(404);
  });

  it('lets an editor set the reporting date, and keeps the strategy and the seed date for team admins', async () => {
    const setting = (key: string, author: string, value: unknown) => ({ kind: 'setting', author, record: { key, value } });
    expect((await call('PUT', `${DATABASE}/setting:reportingDate`, { as: 'ed', body: setting('reportingDate', 'ed', '2026-06-30') })).status).toBe(201);
    expect((await call('PUT', `${DATABASE}/setting:reportingDate`, { as: 'rita', body: setting('reportingDate', 'rita', '2026-07-01') })).status).toBe(403);
    const strategy = setting('strategy', 'ed', { title: 'Another strategy', objectives: [] });
    expect((await call('PUT', `${DATABASE}/setting:strategy`, { as: 'ed', body: strategy })).json.reason).toBe('Only a team admin changes the strategy setting.');
    expect((await call('PUT', `${DATABASE}/setting:seededAt`, { as: 'ed', body: setting('seededAt', 'ed', '2026-01-01T00:00:00.000Z') })).status).toBe(403);
    expect((await call('PUT', `${DATABASE}/setting:strategy`, { as: 'ada', body: { ...strategy, author: 'ada' } })).status).toBe(201);
  });

  it('takes history entries by their own author only, and never changes them', async () => {
    const forged = await call('PUT', `${DATABASE}/history:01JF0`, { as: 'ed', body: { ...history('01JF0', 'ada'), author: 'ed' } });
    expect(forged.json.reason).toBe("A history entry's author must be the signed-in user.");
    const own = await call('PUT', `${DATABASE}/history:01JF1`, { as: 'ed', body: history('01JF1', 'ed') });
    expect(own.status).toBe(201);
    const rewrite = await call('PUT', `${DATABASE}/history:01JF1`, { as: 'ed', body: { ...history('01JF1', 'ed'), _rev: own.json.rev } });
    expect(rewrite.json.reason).toBe('History entries are never changed.');
  });

  it('refuses records of unknown kinds and records without their fields', async () => {
    expect((await call('PUT', `${DATABASE}/secret:1`, { as: 'ed', body: { kind: 'secret', author: 'ed', record: {} } })).json.reason).toBe(
      'Unknown kind of record: secret:1.',
    );
    expect((await call('PUT', `${DATABASE}/indicator:1`, { as: 'ed', body: { kind: 'line', author: 'ed', record: {} } })).json.reason).toBe(
      'A record needs its kind (indicator) and its fields.',
    );
    expect((await call('PUT', `${DATABASE}/indicator:1`, { as: 'ed', body: { kind: 'indicator', author: 'ed' } })).status).toBe(403);
  });
});
