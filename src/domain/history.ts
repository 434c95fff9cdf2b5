import type { HistoryChange, HistoryEntity } from './types';

export type FieldValue = string | number | null | undefined;

/** One history entry per field whose value differs between `before` and `after`. */
export function diffForHistory<T extends object>(
  before: T,
  after: T,
  fields: readonly (keyof T & string)[],
  context: { at: string; entity: HistoryEntity; entityId: string; lineCode: string },
): HistoryChange[] {
  const entries: HistoryChange[] = [];
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

/**
 * The device of history entries read from a snapshot file of format 1 or 2, which did not record
 * devices: the entries were made somewhere, not necessarily on this device.
 */
export const IMPORTED_DEVICE = 'imported';
