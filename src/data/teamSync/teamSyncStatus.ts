import { useSyncExternalStore } from 'react';

/**
 * What team sync is doing, in the words the header shows. Only the tab that holds the sync lock
 * runs the sync; it tells the other tabs of the same tracker through a BroadcastChannel.
 */
export type TeamSyncState =
  | { state: 'off' }
  | { state: 'syncing' }
  | { state: 'synced' }
  | { state: 'unreachable' }
  | { state: 'sessionExpired' }
  | { state: 'refused'; reason: string }
  | { state: 'teamEmpty' }
  | { state: 'failed'; reason: string };

/** What the tabs tell each other: the syncing tab's state, or a new tab asking for it. */
type TeamSyncMessage = { kind: 'state'; state: TeamSyncState } | { kind: 'ask' };

let current: TeamSyncState = { state: 'off' };
const listeners = new Set<() => void>();
let channel: BroadcastChannel | null = null;
/** Whether this tab holds the sync lock: it answers the other tabs' questions. */
let isSyncingHere = false;

function change(next: TeamSyncState) {
  if (JSON.stringify(next) === JSON.stringify(current)) return;
  current = next;
  for (const listener of listeners) listener();
}

/** Made on first use, so a tracker without team sync opens no channel. */
function openChannel(): BroadcastChannel | null {
  if (channel || typeof BroadcastChannel === 'undefined') return channel;
  const opened = new BroadcastChannel('action-line-tracker:team-sync');
  opened.addEventListener('message', (event: MessageEvent<TeamSyncMessage>) => {
    if (event.data.kind === 'state') change(event.data.state);
    else if (isSyncingHere) opened.postMessage({ kind: 'state', state: current } satisfies TeamSyncMessage);
  });
  channel = opened;
  return channel;
}

/** The state of this tab's sync: shown here and told to the other tabs. */
export function setTeamSyncState(next: TeamSyncState): void {
  change(next);
  openChannel()?.postMessage({ kind: 'state', state: next } satisfies TeamSyncMessage);
}

/**
 * A tab that starts sync shows "Syncing…" and asks the tab that already syncs, if any, for its
 * state: that tab says nothing new while it waits for the next change, which may be long.
 */
export function showStateOfSyncingTab(): void {
  change({ state: 'syncing' });
  openChannel()?.postMessage({ kind: 'ask' } satisfies TeamSyncMessage);
}

export function markSyncingHere(isHere: boolean): void {
  isSyncingHere = isHere;
}

export function getTeamSyncState(): TeamSyncState {
  return current;
}

function subscribe(listener: () => void) {
  openChannel();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useTeamSyncState(): TeamSyncState {
  return useSyncExternalStore(subscribe, getTeamSyncState);
}
