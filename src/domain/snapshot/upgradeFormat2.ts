import { IMPORTED_DEVICE } from '../history';
import { ulidForNumberedEntry } from '../ulid';

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The array's records, or null when it is not an array of records only. */
function recordsOnly(value: unknown): Json[] | null {
  return Array.isArray(value) && value.every(isRecord) ? value : null;
}

/**
 * Format 2 -> 3: history entries trade their numbers for ULIDs made from their times and numbers
 * (as the database upgrade to version 4 does, so they keep their order), with no author and the
 * device IMPORTED_DEVICE; lines gain `updatedBy`, milestones and priority items `updatedAt` (their
 * newest history entry's time, null when none) and `updatedBy`, all null. Anything malformed is
 * passed through as it is, for the schema check that follows to report in the file's own terms.
 */
export function upgradeFormat2(older: Json): Json {
  const history = recordsOnly(older.history);
  const lines = recordsOnly(older.actionLines);
  const milestones = recordsOnly(older.milestones);
  const items = recordsOnly(older.priorityItems);
  const lastChanged = new Map<string, string>();
  for (const entry of history ?? []) {
    const key = `${String(entry.entity)}:${String(entry.entityId)}`;
    if (typeof entry.at === 'string' && (lastChanged.get(key) ?? '') < entry.at) lastChanged.set(key, entry.at);
  }
  const stamped = (entity: string) => (record: Json) => ({
    ...record,
    updatedAt: lastChanged.get(`${entity}:${String(record.id)}`) ?? null,
    updatedBy: null,
  });
  return {
    ...older,
    ...(history
      ? {
          history: history.map((entry) => ({
            ...entry,
            id: typeof entry.id === 'number' && typeof entry.at === 'string' ? ulidForNumberedEntry(entry.at, entry.id) : entry.id,
            author: null,
            device: IMPORTED_DEVICE,
          })),
        }
      : {}),
    ...(lines ? { actionLines: lines.map((line) => ({ ...line, updatedBy: null })) } : {}),
    ...(milestones ? { milestones: milestones.map(stamped('milestone')) } : {}),
    ...(items ? { priorityItems: items.map(stamped('priorityItem')) } : {}),
  };
}
