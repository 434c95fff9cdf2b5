import { compareText, sortByRank } from '../rankOrder';

/*
 * Two versions of one record that both started from a common base (what the team database last
 * had of it) are merged field by field: a field only one side changed takes that change, and a
 * field both changed differently goes to the later stamp. Every tie is broken by value, so every
 * device that merges the same pair reaches the same record whichever side it holds.
 */

export interface FieldConflict {
  /** The top-level field, or `milestones/<milestone id>/<field>` for a field of a line's milestone. */
  field: string;
  mine: unknown;
  theirs: unknown;
  kept: 'mine' | 'theirs';
}

type Fields = Record<string, unknown>;
type MilestoneFields = Fields & { id: string; rank: string };

const STAMP_FIELDS = ['updatedAt', 'updatedBy'];

/** JSON with object keys sorted: equal values give equal text whatever order their keys were written in. */
function canonicalJson(value: unknown): string {
  const text = JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => compareText(a, b)))
      : inner,
  );
  // JSON.stringify gives undefined for an absent field; any text no JSON value has keeps it apart.
  return text ?? '';
}

/** Whether two values are equal as JSON, whatever order their keys were written in. */
export function sameValue(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

function stampPart(record: Fields, field: string): string | null {
  const value = record[field];
  return typeof value === 'string' ? value : null;
}

/** Orders two stamp parts, null (never stamped) first. */
function compareStampPart(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return compareText(a, b);
}

function compareStamps(a: Fields, b: Fields): number {
  return compareStampPart(stampPart(a, 'updatedAt'), stampPart(b, 'updatedAt')) || compareStampPart(stampPart(a, 'updatedBy'), stampPart(b, 'updatedBy'));
}

function isMilestoneList(value: unknown): value is MilestoneFields[] {
  return (
    Array.isArray(value) &&
    value.every((item: unknown) => item !== null && typeof item === 'object' && typeof (item as Fields).id === 'string' && typeof (item as Fields).rank === 'string')
  );
}

function byId(milestones: readonly MilestoneFields[]): Map<string, MilestoneFields> {
  return new Map(milestones.map((milestone) => [milestone.id, milestone]));
}

/** Merges a line's milestones by id: additions stay, a removal stays unless the other side changed that milestone. */
function mergeMilestones(base: MilestoneFields[] | null, mine: MilestoneFields[], theirs: MilestoneFields[], conflicts: FieldConflict[]): MilestoneFields[] {
  const baseById = byId(base ?? []);
  const mineById = byId(mine);
  const theirsById = byId(theirs);
  const merged: MilestoneFields[] = [];
  for (const id of new Set([...mineById.keys(), ...theirsById.keys()])) {
    const original = baseById.get(id) ?? null;
    const mineVersion = mineById.get(id);
    const theirsVersion = theirsById.get(id);
    if (mineVersion && theirsVersion) {
      merged.push(mergeFields(original, mineVersion, theirsVersion, `milestones/${id}/`, conflicts));
      continue;
    }
    const kept = mineVersion ?? theirsVersion;
    if (kept && (!original || !sameValue(kept, original))) merged.push(kept);
  }
  return sortByRank(merged);
}

function mergeFields<T extends Fields>(base: T | null, mine: T, theirs: T, prefix: string, conflicts: FieldConflict[]): T {
  // Which side is later as a whole, down to its values: equal records are the only tie, and either then does.
  const mineIsLater = (compareStamps(mine, theirs) || compareText(canonicalJson(mine), canonicalJson(theirs))) > 0;
  const merged: Fields = {};
  for (const field of new Set([...Object.keys(mine), ...Object.keys(theirs), ...Object.keys(base ?? {})])) {
    const value = mergeField(field, base, mine, theirs, mineIsLater, prefix, conflicts);
    if (value !== undefined) merged[field] = value;
  }
  return merged as T;
}

function mergeField(field: string, base: Fields | null, mine: Fields, theirs: Fields, mineIsLater: boolean, prefix: string, conflicts: FieldConflict[]): unknown {
  const baseValue = base?.[field];
  const mineValue = mine[field];
  const theirsValue = theirs[field];
  if (STAMP_FIELDS.includes(field)) return mineIsLater ? mineValue : theirsValue;
  if (field === 'milestones' && isMilestoneList(mineValue) && isMilestoneList(theirsValue)) {
    return mergeMilestones(isMilestoneList(baseValue) ? baseValue : null, mineValue, theirsValue, conflicts);
  }
  if (sameValue(mineValue, theirsValue)) return mineValue;
  if (base && sameValue(mineValue, baseValue)) return theirsValue;
  if (base && sameValue(theirsValue, baseValue)) return mineValue;
  const order = compareStamps(mine, theirs) || compareText(canonicalJson(mineValue), canonicalJson(theirsValue));
  const kept = order > 0 ? 'mine' : 'theirs';
  conflicts.push({ field: `${prefix}${field}`, mine: mineValue, theirs: theirsValue, kept });
  return kept === 'mine' ? mineValue : theirsValue;
}

/**
 * A three-way merge of two versions of one record that both started from `base` (null when no
 * common version is known: then every difference is a conflict). Conflicts are reported once
 * each, with the side whose value was kept. The inputs are not changed.
 */
export function mergeRecord<T extends object>(base: T | null, mine: T, theirs: T): { merged: T; conflicts: FieldConflict[] } {
  const conflicts: FieldConflict[] = [];
  const merged = mergeFields(base as Fields | null, mine as Fields, theirs as Fields, '', conflicts);
  return { merged: merged as T, conflicts };
}
