// `npm run sync-setup -- <server url> [database]`: prepares a CouchDB database for team sync.
// It creates the users database if the server has none yet, the team's database, its security
// object (members by role) and the design document with the rules (sync/rules.mjs). Run it again
// after an upgrade of the app: it brings the rules up to date and changes nothing else.
// A server admin's name and password come from COUCHDB_USER and COUCHDB_PASSWORD.
import { pathToFileURL } from 'node:url';
import { designDocument, securityObject } from './rules.mjs';

export const DEFAULT_DATABASE = 'action-line-tracker';

class SetupError extends Error {}

/** The server's base URL, checked: http or https, no credentials, no query. */
export function parseServerUrl(text) {
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new SetupError(`"${text}" is not a web address. Give the server's address, for example http://127.0.0.1:5984/`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new SetupError(`The address must start with http:// or https://, not ${url.protocol}//`);
  if (url.username || url.password) throw new SetupError('Put the admin name and password in COUCHDB_USER and COUCHDB_PASSWORD, not in the address.');
  if (url.search || url.hash) throw new SetupError('The address must not have a query (?) or a fragment (#).');
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}

/** A CouchDB database name: lowercase letter first, then lowercase letters, digits and _$()+-/. */
export function checkDatabaseName(name) {
  if (!/^[a-z][a-z0-9_$()+/-]*$/.test(name)) throw new SetupError(`"${name}" is not a CouchDB database name (lowercase letters, digits and _$()+-/, starting with a letter).`);
  return name;
}

/** Calls the server as the admin; fails with the server's reason unless the status is expected. */
function client(server, user, password) {
  const authorization = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
  return async (method, path, body, expected = [200, 201]) => {
    let response;
    try {
      response = await fetch(new URL(path, server), {
        method,
        headers: { authorization, accept: 'application/json', ...(body ? { 'content-type': 'application/json' } : {}) },
        body: body ? JSON.stringify(body) : undefined,
      });
    } catch (error) {
      throw new SetupError(`The server at ${server} cannot be reached (${error.cause?.code ?? error.message}).`);
    }
    const json = await response.json().catch(() => ({}));
    if (response.status === 401) throw new SetupError(`The server refused ${user} as an admin: check COUCHDB_USER and COUCHDB_PASSWORD.`);
    if (!expected.includes(response.status)) throw new SetupError(`${method} ${path}: ${response.status} ${json.error ?? ''} ${json.reason ?? ''}`.trim());
    return { status: response.status, json };
  };
}

/** Creates or updates the team database; returns what it did, one line per step. */
export async function setUpTeamDatabase({ server, database = DEFAULT_DATABASE, user, password }) {
  const call = client(parseServerUrl(server), user, password);
  const name = encodeURIComponent(checkDatabaseName(database));
  const done = [];
  const users = await call('PUT', '_users', undefined, [201, 202, 412]);
  done.push(users.status === 412 ? 'users database: present' : 'users database: created');
  const created = await call('PUT', name, undefined, [201, 202, 412]);
  done.push(`database ${database}: ${created.status === 412 ? 'present' : 'created'}`);
  await call('PUT', `${name}/_security`, securityObject());
  done.push('security: members by role (tracker-reader, tracker-editor, tracker-admin)');
  const design = designDocument();
  const existing = await call('GET', `${name}/${design._id}`, undefined, [200, 404]);
  if (existing.status === 200 && existing.json.validate_doc_update === design.validate_doc_update) {
    done.push(`rules: up to date (${design._id})`);
  } else {
    const rev = existing.status === 200 ? { _rev: existing.json._rev } : {};
    await call('PUT', `${name}/${design._id}`, { ...design, ...rev });
    done.push(`rules: ${existing.status === 200 ? 'updated' : 'created'} (${design._id})`);
  }
  return done;
}

/** Adds a person to the server's users with one of the team's roles (a server admin's task). */
export async function addTeamMember({ server, user, password, member }) {
  const call = client(parseServerUrl(server), user, password);
  const id = `org.couchdb.user:${member.name}`;
  const existing = await call('GET', `_users/${encodeURIComponent(id)}`, undefined, [200, 404]);
  const rev = existing.status === 200 ? { _rev: existing.json._rev } : {};
  await call('PUT', `_users/${encodeURIComponent(id)}`, { _id: id, name: member.name, password: member.password, roles: [member.role], type: 'user', ...rev });
}

async function main() {
  const [serverArgument, database = DEFAULT_DATABASE] = process.argv.slice(2);
  const { COUCHDB_USER: user, COUCHDB_PASSWORD: password } = process.env;
  if (!serverArgument) throw new SetupError('Usage: npm run sync-setup -- <server url> [database], with COUCHDB_USER and COUCHDB_PASSWORD set to a server admin.');
  if (!user || !password) throw new SetupError('Set COUCHDB_USER and COUCHDB_PASSWORD to a server admin of the CouchDB server.');
  for (const line of await setUpTeamDatabase({ server: serverArgument, database, user, password })) console.log(line);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error) => {
    console.error(error instanceof SetupError ? error.message : error);
    process.exitCode = 1;
  });
}
