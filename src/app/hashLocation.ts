import { useSyncExternalStore } from 'react';

/*
 * Hash routing with the query INSIDE the hash (`#/board?line=M2&status=Ongoing`): the static build
 * works from any folder without rewrite rules, and saved links keep this form. wouter's own hash
 * hook reads the query from `location.search` (before the `#`), so the app has its own pair of
 * hooks for `<Router hook searchHook hrefs>`.
 */

const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) {
    // Back, forward and an edited address reach the app through these two.
    window.addEventListener('hashchange', notify);
    window.addEventListener('popstate', notify);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size > 0) return;
    window.removeEventListener('hashchange', notify);
    window.removeEventListener('popstate', notify);
  };
}

/** The address inside the hash, always starting with "/": "#/board?line=M2" gives "/board?line=M2". */
function hashTarget(): string {
  return window.location.hash.replace(/^#?\/?/, '/');
}

export function currentHashPath(): string {
  const target = hashTarget();
  const query = target.indexOf('?');
  return query === -1 ? target : target.slice(0, query);
}

/** The query inside the hash, without its "?". */
export function currentHashSearch(): string {
  const target = hashTarget();
  const query = target.indexOf('?');
  return query === -1 ? '' : target.slice(query + 1);
}

/**
 * Goes to `to` ("/board?line=M2"): a new history entry, or the current one replaced. Going to the
 * address already shown replaces it, so Back does not have to be pressed twice.
 */
export function navigateHash(to: string, options: { replace?: boolean } = {}): void {
  const isSameAddress = to === hashTarget();
  window.history[options.replace || isSameAddress ? 'replaceState' : 'pushState'](null, '', `#${to}`);
  notify();
}

export function hashHref(to: string): string {
  return `#${to}`;
}

export function useHashLocation(): [string, typeof navigateHash] {
  return [useSyncExternalStore(subscribe, currentHashPath), navigateHash];
}

export function useHashSearch(): string {
  return useSyncExternalStore(subscribe, currentHashSearch);
}
