import type { HistoryEntity, HistoryEntry } from './types';

export type FieldValue = string | number | null | undefined;

/** One history entry per field whose value differs between `before` and `after`. */
export function diffForHistory<T extends object>(
  before: T,
  after: T,
  fields: readonly (keyof T & string)[],
  context: { at: string; entity: HistoryEntity; entityId: string; lineCode: string },
): HistoryEntry[] {
  const entries: HistoryEntry[] = [];
  for (const field of fields) {
    const from = toHistoryValue(before[field] as FieldValue);
    const to = toHistoryValue(after[field] as FieldValue);
    if (from !== to) entries.push({ ...context, field, from, to });
  }
  return entries;
}

function toHistoryValue(value: FieldValue): string | null {
  if (value === null || value === undefined || value === '') return null;
  return String(value);
}
