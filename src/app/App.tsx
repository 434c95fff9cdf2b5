import type { QueryClient } from '@tanstack/react-query';
import { Router } from 'wouter';
import type { TrackerDatabase } from '../db';
import { AppProviders } from './AppProviders';
import { hashHref, useHashLocation, useHashSearch } from './hashLocation';
import { AppRoutes } from './routes';

interface AppProps {
  db: TrackerDatabase;
  queryClient: QueryClient;
}

/** Hash routing: the static build works from any web server or folder without rewrite rules. */
export function App({ db, queryClient }: AppProps) {
  return (
    <AppProviders db={db} queryClient={queryClient}>
      <Router hook={useHashLocation} searchHook={useHashSearch} hrefs={hashHref}>
        <AppRoutes />
      </Router>
    </AppProviders>
  );
}
