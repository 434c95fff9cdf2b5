import { afterEach, describe, expect, it, vi } from 'vitest';
import { CouchError, couchRequest } from './couchClient';

/** A server that took the request and will never answer: only an abort ends the call. */
function silentFetch(): typeof fetch {
  return (_input, init) =>
    new Promise<Response>((_resolve, reject) => {
      const signal = init?.signal;
      signal?.addEventListener('abort', () => reject(signal.reason as Error));
    });
}

describe('couchRequest', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('ends a call that gets no answer as unreachable, so sync retries instead of waiting for ever', async () => {
    vi.stubGlobal('fetch', silentFetch());

    const call = couchRequest('/couchdb/tracker/_session', {}, 20);

    await expect(call).rejects.toBeInstanceOf(CouchError);
    await expect(call).rejects.toMatchObject({ failure: 'unreachable' });
  });

  it('passes on the caller\u2019s own abort untouched, so the engine knows it asked for it', async () => {
    vi.stubGlobal('fetch', silentFetch());
    const caller = new AbortController();

    const call = couchRequest('/couchdb/tracker/_changes', { signal: caller.signal });
    caller.abort(new DOMException('The network came back.', 'AbortError'));

    await expect(call).rejects.toMatchObject({ name: 'AbortError', message: 'The network came back.' });
  });

  it('reads an answer that comes in time', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('{"ok":true}', { status: 200 })));

    await expect(couchRequest('/couchdb/tracker', {}, 1000)).resolves.toEqual({ ok: true });
  });
});
