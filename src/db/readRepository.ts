import type { Area, HistoryEntry, PriorityItem, Strategy } from '../domain';
import type { TrackerDatabase } from './database';
import { SETTING_KEYS } from './settingKeys';

export function listAreas(db: TrackerDatabase): Promise<Area[]> {
  return db.areas.orderBy('order').toArray();
}

/*
 * The read of priority items lives here, apart from their writes, so that the board's first load,
 * which reads them, does not carry the writes (undo and the views that write them load those later).
 */
export function listPriorityItems(db: TrackerDatabase): Promise<PriorityItem[]> {
  return db.priorityItems.orderBy('rank').toArray();
}

/** A line's history, newest first. */
export async function listLineHistory(db: TrackerDatabase, lineCode: string): Promise<HistoryEntry[]> {
  const entries = await db.historyEntries.where('lineCode').equals(lineCode).toArray();
  // ULIDs sort in the order the entries were made.
  return entries.sort((a, b) => (a.id < b.id ? 1 : -1));
}

export interface TrackerSettings {
  strategy: Strategy | null;
  seededAt: string | null;
  reportingDate: string | null;
  /** Who set the reporting date, and when, if a named person did (a display name or a team user). */
  reportingDateSetBy: { name: string; at: string } | null;
}

export async function readSettings(db: TrackerDatabase): Promise<TrackerSettings> {
  const byKey = new Map((await db.settings.toArray()).map((record) => [record.key, record]));
  const dateRecord = byKey.get(SETTING_KEYS.reportingDate);
  return {
    strategy: (byKey.get(SETTING_KEYS.strategy)?.value as Strategy | undefined) ?? null,
    seededAt: (byKey.get(SETTING_KEYS.seededAt)?.value as string | undefined) ?? null,
    reportingDate: (dateRecord?.value as string | undefined) ?? null,
    reportingDateSetBy: dateRecord?.updatedBy && dateRecord.updatedAt ? { name: dateRecord.updatedBy, at: dateRecord.updatedAt } : null,
  };
}
