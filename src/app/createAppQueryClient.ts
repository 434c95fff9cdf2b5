import type { QueryClient } from '@tanstack/react-query';
import { createQueryClient } from '../data';
import { describeStorageError } from '../db';
import { requestPersistentStorage } from '../features/settings';
import { useUiStore } from '../state/uiStore';

/**
 * The app's query client: a failed write that signals a storage problem raises the app-wide
 * banner, and the first successful write asks the browser to keep the data (a sensible moment:
 * the user has now entrusted it with something).
 */
export function createAppQueryClient(): QueryClient {
  let hasAskedForPersistence = false;
  return createQueryClient({
    onWriteError: (error) => {
      const kind = describeStorageError(error);
      if (kind === 'quota' || kind === 'closed' || kind === 'gone') useUiStore.getState().setStorageProblem(kind);
    },
    onWriteSuccess: () => {
      if (hasAskedForPersistence) return;
      hasAskedForPersistence = true;
      void requestPersistentStorage();
    },
  });
}
