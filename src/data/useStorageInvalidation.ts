import { useEffect } from 'react';
import { Dexie } from 'dexie';
import { useQueryClient } from '@tanstack/react-query';
import type { TrackerDatabase } from '../db';
import { queryKeys } from './queryKeys';

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
 * Dexie fires 'storagemutated' after every committed write, in this tab, in other tabs and in the
 * snapshot worker (through BroadcastChannel); each touched table invalidates its query key prefix,
 * and comparisons, which read several tables.
 */
export function useStorageInvalidation(db: TrackerDatabase): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const listener = (changedParts: Record<string, unknown>) => {
      const tables = touchedTables(changedParts, db.name);
      for (const table of tables) {
        void queryClient.invalidateQueries({ queryKey: [table] });
      }
      if (tables.size > 0) void queryClient.invalidateQueries({ queryKey: queryKeys.comparisons });
    };
    Dexie.on('storagemutated', listener);
    return () => Dexie.on('storagemutated').unsubscribe(listener);
  }, [db, queryClient]);
}
