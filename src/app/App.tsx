import { RouterProvider, createHashRouter, type RouteObject } from 'react-router';
import type { QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { TrackerDatabase } from '../db';
import { AppProviders } from './AppProviders';
import { appRoutes } from './routes';

interface AppProps {
  db: TrackerDatabase;
  queryClient: QueryClient;
  /** Routes to mount instead of the default ones, for tests that need a memory router. */
  routes?: RouteObject[];
}

/** Hash routing: the static build works from any web server or folder without rewrite rules. */
export function App({ db, queryClient, routes = appRoutes }: AppProps) {
  const [router] = useState(() => createHashRouter(routes));
  return (
    <AppProviders db={db} queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
