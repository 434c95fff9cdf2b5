import type { ActionLine, Positioned, PriorityItem } from '../../src/domain';

const EVIDENCE_FIELDS = new Set(['statusSource', 'statusEvidence', 'statusReason', 'completedYear']);

function without<T extends object>(record: T, fields: ReadonlySet<string>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([key]) => !fields.has(key)));
}

/**
 * An action line as database schema 1 and snapshot format 1 stored it, before lines carried
 * evidence; like every record before schema 3 (and in every snapshot file), placed by position.
 */
export function asVersion1Line(line: Positioned<ActionLine>): Record<string, unknown> {
  return without(line, EVIDENCE_FIELDS);
}

/** A priority item as version 1 stored it, before items said whether their link is stated. */
export function asVersion1Item(item: Positioned<PriorityItem>): Record<string, unknown> {
  return without(item, new Set(['linkSource']));
}
