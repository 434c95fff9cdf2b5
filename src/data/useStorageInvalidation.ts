import { useEffect } from 'react';
import { Dexie } from 'dexie';
import { useQueryClient } from '@tanstack/react-query';
import type { TrackerDatabase } from '../db';

/** Names of the tables of `databaseName` touched in a storagemutated change set. */
export function touchedTables(changedParts: Record<string, unknown>, databaseName: string): Set<string> {
  const prefix = `idb://${databaseName}/`;
  const tables = new Set<string>();
  for (const part of Object.keys(changedParts)) {
    if (!part.startsWith(prefix)) continue;
    const table = part.slice(prefix.length).split('/')[0];
    if (table) tables.add(table);
  }
  return tables;
}

/**
 * Dexie fires 'storagemutated' after every committed write, in this tab and in other tabs
 * (through BroadcastChannel); each touched table invalidates its query key prefix.
 */
export function useStorageInvalidation(db: TrackerDatabase): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const listener = (changedParts: Record<string, unknown>) => {
      for (const table of touchedTables(changedParts, db.name)) {
        void queryClient.invalidateQueries({ queryKey: [table] });
      }
    };
    Dexie.on('storagemutated', listener);
    return () => Dexie.on('storagemutated').unsubscribe(listener);
  }, [db, queryClient]);
}
