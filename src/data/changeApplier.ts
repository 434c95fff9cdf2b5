import type { UndoableChange } from '../domain';

export type ApplyChange = (change: UndoableChange) => Promise<void>;

/*
 * Undo and redo write through the optimistic mutations of every kind of change (milestones and
 * priority items included, with their repositories). None of that is needed to paint the board, so
 * the app shell mounts it on demand from a chunk of its own (ChangeApplierHost), and this module is
 * where the two meet. With the milestone and priority reads moved to readRepository so their writes
 * can leave too, it keeps 1.1 kB gzip out of the first load (measured by `npm run bench`).
 */
let applier: ApplyChange | null = null;
let isRequested = false;
const waiting = new Set<(apply: ApplyChange) => void>();
const requestListeners = new Set<() => void>();

export function provideChangeApplier(apply: ApplyChange): () => void {
  applier = apply;
  for (const resolve of waiting) resolve(apply);
  waiting.clear();
  return () => {
    if (applier === apply) applier = null;
  };
}

/** Asks the shell to load the applier: when a change is recorded, so that its Undo is quick. */
export function requestChangeApplier(): void {
  if (isRequested) return;
  isRequested = true;
  for (const listener of requestListeners) listener();
}

export function isChangeApplierRequested(): boolean {
  return isRequested;
}

export function subscribeChangeApplierRequest(listener: () => void): () => void {
  requestListeners.add(listener);
  return () => requestListeners.delete(listener);
}

/** The applier, once the shell has loaded it. */
export function changeApplier(): Promise<ApplyChange> {
  requestChangeApplier();
  if (applier) return Promise.resolve(applier);
  return new Promise((resolve) => waiting.add(resolve));
}
