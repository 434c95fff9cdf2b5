import { MutationCache, QueryClient } from '@tanstack/react-query';

export interface WriteListeners {
  /** Every failed write, after the mutation's own rollback and message. */
  onWriteError?: (error: unknown) => void;
  /** Every successful write. */
  onWriteSuccess?: () => void;
}

export function createQueryClient(listeners: WriteListeners = {}): QueryClient {
  return new QueryClient({
    // One place sees every write, so storage problems (quota, a closed database) can be shown
    // app-wide whichever view made the change.
    mutationCache: new MutationCache({
      onError: (error) => listeners.onWriteError?.(error),
      onSuccess: () => listeners.onWriteSuccess?.(),
    }),
    defaultOptions: {
      // IndexedDB is local: never pause for the network, never refetch on a timer or on focus.
      // Freshness comes only from Dexie's change events (see useStorageInvalidation).
      queries: { networkMode: 'always', staleTime: Infinity, gcTime: Infinity, retry: false, refetchOnWindowFocus: false },
      mutations: { networkMode: 'always', retry: false },
    },
  });
}
