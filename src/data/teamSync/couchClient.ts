/**
 * The parts of CouchDB's HTTP API that team sync uses, all of which both CouchDB 3 and
 * express-pouchdb implement: GET/POST/DELETE /_session (cookie session), GET /{db},
 * GET /{db}/_changes (since, limit, include_docs, feed=longpoll, timeout), POST /{db}/_bulk_docs
 * and GET /{db}/{docid}. The cookie is the server's (HttpOnly): the app never sees or stores a
 * password or a token.
 */

export type CouchFailure = 'unauthorized' | 'forbidden' | 'notFound' | 'unreachable' | 'unexpected';

export class CouchError extends Error {
  override name = 'CouchError';

  constructor(
    readonly failure: CouchFailure,
    readonly status: number | null,
    message: string,
  ) {
    super(message);
  }
}

function failureOf(status: number): CouchFailure {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'notFound';
  // A proxy in front of CouchDB answers 502-504 while CouchDB is down.
  if (status >= 502 && status <= 504) return 'unreachable';
  return 'unexpected';
}

/** Longer than any answer takes: a request past it went to a connection that will never answer. */
export const REQUEST_TIMEOUT_MS = 60_000;

/**
 * One call to the team database. Every call ends: one that gets no answer within `timeoutMs`
 * (a connection opened just as the network went, a proxy that holds it) fails as unreachable and
 * is retried, instead of leaving sync waiting for ever.
 */
export async function couchRequest<T>(url: string, init: RequestInit = {}, timeoutMs = REQUEST_TIMEOUT_MS): Promise<T> {
  let response: Response;
  let text: string;
  const timeout = AbortSignal.timeout(timeoutMs);
  try {
    response = await fetch(url, {
      ...init,
      signal: init.signal ? AbortSignal.any([init.signal, timeout]) : timeout,
      credentials: 'same-origin',
      cache: 'no-store',
      headers: { accept: 'application/json', ...(init.body ? { 'content-type': 'application/json' } : {}), ...init.headers },
    });
    text = await response.text();
  } catch (cause) {
    if (init.signal?.aborted) throw cause;
    throw new CouchError('unreachable', null, `The team database did not answer: ${String(cause)}`);
  }
  let body: unknown = null;
  try {
    body = text === '' ? null : JSON.parse(text);
  } catch {
    throw new CouchError(response.ok ? 'unexpected' : failureOf(response.status), response.status, `Not a CouchDB answer (${response.status}).`);
  }
  if (!response.ok) {
    const reason = (body as { reason?: unknown } | null)?.reason;
    throw new CouchError(failureOf(response.status), response.status, typeof reason === 'string' ? reason : `HTTP ${response.status}`);
  }
  return body as T;
}

export interface SessionUser {
  name: string;
  roles: string[];
}

interface SessionAnswer {
  userCtx?: { name?: unknown; roles?: unknown };
}

function userOf(answer: SessionAnswer): SessionUser | null {
  const { name, roles } = answer.userCtx ?? {};
  if (typeof name !== 'string' || name === '') return null;
  return { name, roles: Array.isArray(roles) ? roles.filter((role): role is string => typeof role === 'string') : [] };
}

/** Who the server's session cookie signs in, or null when nobody is. */
export async function readSession(serverUrl: string, signal?: AbortSignal): Promise<SessionUser | null> {
  return userOf(await couchRequest<SessionAnswer>(`${serverUrl}/_session`, signal ? { signal } : {}));
}

/** Signs in: CouchDB answers with its session cookie, which the browser keeps. */
export async function openSession(serverUrl: string, name: string, password: string): Promise<SessionUser> {
  await couchRequest(`${serverUrl}/_session`, { method: 'POST', body: JSON.stringify({ name, password }) });
  const user = await readSession(serverUrl);
  if (!user) throw new CouchError('unauthorized', 401, 'The server kept no session.');
  return user;
}

export async function closeSession(serverUrl: string): Promise<void> {
  await couchRequest(`${serverUrl}/_session`, { method: 'DELETE' });
}
