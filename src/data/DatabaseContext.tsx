import { createContext, useContext, type ReactNode } from 'react';
import type { TrackerDatabase } from '../db';

const DatabaseContext = createContext<TrackerDatabase | null>(null);

export function DatabaseProvider({ db, children }: { db: TrackerDatabase; children: ReactNode }) {
  return <DatabaseContext.Provider value={db}>{children}</DatabaseContext.Provider>;
}

export function useDatabase(): TrackerDatabase {
  const db = useContext(DatabaseContext);
  if (!db) throw new Error('useDatabase must be used inside a DatabaseProvider.');
  return db;
}
