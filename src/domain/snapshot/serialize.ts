import type { z } from 'zod';
import {
  actionLineSchema,
  areaSchema,
  historyEntrySchema,
  milestoneSchema,
  priorityItemSchema,
  seedSourceSchema,
  snapshotSchema,
  snapshotSettingsSchema,
  strategySchema,
  type Snapshot,
  type SnapshotMeta,
  type SnapshotSettings,
  type TrackerData,
  MAX_HISTORY_ENTRIES,
} from './schema';
import { MAX_SNAPSHOT_BYTES, SNAPSHOT_FORMAT, SNAPSHOT_FORMAT_VERSION } from './version';

type Shape = Record<string, z.ZodType>;

/** A copy of `value` with exactly the keys of `shape`, in the shape's order. */
function inShapeOrder<T extends object>(shape: Shape, value: T): T {
  return Object.fromEntries(Object.keys(shape).map((key) => [key, value[key as keyof T]])) as T;
}

function byText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

function orderedSettings(settings: SnapshotSettings): SnapshotSettings {
  const strategy = settings.strategy
    ? inShapeOrder(strategySchema.shape, {
        ...settings.strategy,
        source: inShapeOrder(seedSourceSchema.shape, settings.strategy.source),
      })
    : null;
  return inShapeOrder(snapshotSettingsSchema.shape, { ...settings, strategy });
}

/** The tracker with records sorted and keys ordered, so equal states serialise identically. */
export function canonicalTrackerData(data: TrackerData): TrackerData {
  return {
    areas: [...data.areas]
      .sort((a, b) => a.order - b.order || byText(a.code, b.code))
      .map((area) => inShapeOrder(areaSchema.shape, area)),
    actionLines: [...data.actionLines]
      .sort((a, b) => byText(a.code, b.code))
      .map((line) => inShapeOrder(actionLineSchema.shape, line)),
    milestones: [...data.milestones]
      .sort((a, b) => byText(a.lineCode, b.lineCode) || a.order - b.order || byText(a.id, b.id))
      // Only a Completed milestone has a completion date (the import refuses any other); one left
      // from before a status change is not part of the state.
      .map((milestone) =>
        inShapeOrder(milestoneSchema.shape, milestone.status === 'Completed' ? milestone : { ...milestone, completedOn: null }),
      ),
    priorityItems: [...data.priorityItems]
      .sort((a, b) => a.order - b.order || byText(a.id, b.id))
      .map((item) => inShapeOrder(priorityItemSchema.shape, item)),
    settings: orderedSettings(data.settings),
    history: [...data.history]
      .sort((a, b) => a.id - b.id)
      .map((entry) => inShapeOrder(historyEntrySchema.shape, entry)),
  };
}

export function buildSnapshot(data: TrackerData, meta: SnapshotMeta): Snapshot {
  return inShapeOrder(snapshotSchema.shape, {
    format: SNAPSHOT_FORMAT,
    formatVersion: SNAPSHOT_FORMAT_VERSION,
    ...meta,
    ...canonicalTrackerData(data),
  });
}

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).byteLength;
}

/**
 * The snapshot file's exact text: canonical order, 2-space indentation, trailing newline. A
 * tracker whose indented text would exceed the import limit is written compact instead (2,000
 * lines with 10 milestones each: 5.1 MB indented, 3.6 MB compact), so every export imports back.
 */
export function serializeSnapshot(data: TrackerData, meta: SnapshotMeta, limit = MAX_SNAPSHOT_BYTES): string {
  const snapshot = buildSnapshot(data, meta);
  const indented = `${JSON.stringify(snapshot, null, 2)}\n`;
  // Each UTF-8 character takes at most 3 bytes per UTF-16 unit: short texts skip the encoding.
  if (indented.length * 3 <= limit || utf8Length(indented) <= limit) return indented;
  return `${JSON.stringify(snapshot)}\n`;
}

/** Even with no history at all, the tracker's own records would not fit in an importable file. */
export class SnapshotTooLargeError extends Error {
  override name = 'SnapshotTooLargeError';
}

/**
 * A snapshot file that is sure to import back. History grows with every edit and without limit,
 * so a busy tracker's whole history may not fit the import limit (or the 100,000 entries a file
 * may hold): then the oldest entries are left out of the file, as few as possible, and counted.
 * The records themselves are always whole; if they alone exceed the limit, nothing is written.
 */
export function serializeImportableSnapshot(
  data: TrackerData,
  meta: SnapshotMeta,
  limit = MAX_SNAPSHOT_BYTES,
): { text: string; omittedHistory: number } {
  const history = [...data.history].sort((a, b) => a.id - b.id);
  const withNewest = (count: number): string | null => {
    const text = serializeSnapshot({ ...data, history: count === 0 ? [] : history.slice(-count) }, meta, limit);
    return utf8Length(text) <= limit ? text : null;
  };
  const most = Math.min(history.length, MAX_HISTORY_ENTRIES);
  const whole = withNewest(most);
  if (whole !== null) return { text: whole, omittedHistory: history.length - most };
  let best = withNewest(0);
  if (best === null) throw new SnapshotTooLargeError('The tracker is larger than a snapshot file may be.');
  // The most entries that fit, between none (fits) and `most` (does not).
  let fitting = 0;
  let failing = most;
  while (failing - fitting > 1) {
    const middle = Math.floor((fitting + failing) / 2);
    const text = withNewest(middle);
    if (text === null) failing = middle;
    else {
      fitting = middle;
      best = text;
    }
  }
  return { text: best, omittedHistory: history.length - fitting };
}

/** The tracker data carried by a snapshot, without its envelope. */
export function trackerDataOf(snapshot: Snapshot): TrackerData {
  const { areas, actionLines, milestones, priorityItems, settings, history } = snapshot;
  return { areas, actionLines, milestones, priorityItems, settings, history };
}

/** A label reduced to letters, digits and dashes, safe in a file name on every system. */
export function labelSlug(label: string): string {
  return label
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

/** `action-lines-<reporting date>-<label>.json`; "snapshot" stands in for an empty label. */
export function snapshotFileName(reportingDate: string, label: string): string {
  return `action-lines-${reportingDate}-${labelSlug(label) || 'snapshot'}.json`;
}
