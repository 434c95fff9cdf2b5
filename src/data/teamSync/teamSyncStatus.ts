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

let current: TeamSyncState = { state: 'off' };
const listeners = new Set<() => void>();
let channel: BroadcastChannel | null = null;

function change(next: TeamSyncState) {
  if (JSON.stringify(next) === JSON.stringify(current)) return;
  current = next;
  for (const listener of listeners) listener();
}

/** Made on first use, so a tracker without team sync opens no channel. */
function openChannel(): BroadcastChannel | null {
  if (channel || typeof BroadcastChannel === 'undefined') return channel;
  channel = new BroadcastChannel('action-line-tracker:team-sync');
  channel.addEventListener('message', (event: MessageEvent<TeamSyncState>) => change(event.data));
  return channel;
}

export function setTeamSyncState(next: TeamSyncState): void {
  change(next);
  openChannel()?.postMessage(next);
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
