/**
 * The team database's address as a person types it. The Content-Security-Policy lets the app talk
 * to its own origin only, so the database must be served there (a path of the web server proxied
 * to CouchDB); another origin would be refused by the browser, so it is refused here first, with
 * a clear reason.
 */
export type TeamAddressProblem = 'empty' | 'notAnAddress' | 'credentials' | 'otherOrigin' | 'noDatabase' | 'badDatabaseName';

export type TeamAddress =
  | { ok: true; address: string; databaseUrl: string; serverUrl: string }
  | { ok: false; problem: TeamAddressProblem };

/** CouchDB's rule for database names. */
const DATABASE_NAME = /^[a-z][a-z0-9_$()+/-]*$/;

export function parseTeamAddress(input: string, pageUrl: string): TeamAddress {
  const trimmed = input.trim();
  if (trimmed === '') return { ok: false, problem: 'empty' };
  let url: URL;
  try {
    url = new URL(trimmed, pageUrl);
  } catch {
    return { ok: false, problem: 'notAnAddress' };
  }
  if (!['http:', 'https:'].includes(url.protocol) || url.search !== '' || url.hash !== '') return { ok: false, problem: 'notAnAddress' };
  if (url.username !== '' || url.password !== '') return { ok: false, problem: 'credentials' };
  if (url.origin !== new URL(pageUrl).origin) return { ok: false, problem: 'otherOrigin' };
  const path = url.pathname.replace(/\/+$/, '');
  const cut = path.lastIndexOf('/');
  let name: string;
  try {
    name = decodeURIComponent(path.slice(cut + 1));
  } catch {
    return { ok: false, problem: 'notAnAddress' };
  }
  if (name === '') return { ok: false, problem: 'noDatabase' };
  if (!DATABASE_NAME.test(name)) return { ok: false, problem: 'badDatabaseName' };
  return { ok: true, address: path, databaseUrl: `${url.origin}${path}`, serverUrl: `${url.origin}${path.slice(0, cut)}` };
}
