import type { ReactNode } from 'react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import type { TrackerDatabase } from '../db';
import { DatabaseProvider, useDeferredIndicatorSeed, useStorageInvalidation } from '../data';
import { i18n } from '../i18n';
import { DatabaseGate } from './DatabaseGate';

/** What follows the open database: cache invalidation by its change events, and a new tracker's indicators. */
function DatabaseEffects({ db }: { db: TrackerDatabase }) {
  useStorageInvalidation(db);
  useDeferredIndicatorSeed(db);
  return null;
}

export function AppProviders({
  db,
  queryClient,
  children,
}: {
  db: TrackerDatabase;
  queryClient: QueryClient;
  children: ReactNode;
}) {
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <DatabaseGate db={db}>
          <DatabaseProvider db={db}>
            <DatabaseEffects db={db} />
            {children}
          </DatabaseProvider>
        </DatabaseGate>
      </QueryClientProvider>
    </I18nextProvider>
  );
}
