import type { z } from 'zod';
import {
  actionLineSchema,
  areaSchema,
  breakdownPartSchema,
  breakdownSchema,
  historyEntrySchema,
  indicatorPeriodSchema,
  indicatorSchema,
  indicatorValueSchema,
  milestoneSchema,
  priorityItemSchema,
  seedSourceSchema,
  snapshotSchema,
  snapshotSettingsSchema,
  strategySchema,
  valueSourceSchema,
  type Snapshot,
  type SnapshotIndicator,
  type SnapshotMeta,
  type SnapshotSettings,
  type TrackerData,
  MAX_HISTORY_ENTRIES,
} from './schema';
import type { IndicatorPeriod, IndicatorValue, ValueSource } from '../indicators';
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

function orderedSource(source: ValueSource | null): ValueSource | null {
  return source && inShapeOrder(valueSourceSchema.shape, source);
}

function orderedValue(value: IndicatorValue | null): IndicatorValue | null {
  return value && inShapeOrder(indicatorValueSchema.shape, { ...value, source: orderedSource(value.source) });
}

function orderedIndicator(indicator: SnapshotIndicator): SnapshotIndicator {
  // The unit's keys: `kind` first, then a currency for money (the union's option's own order).
  const unit = indicator.unit.kind === 'money' ? { kind: indicator.unit.kind, currency: indicator.unit.currency } : { kind: indicator.unit.kind };
  return inShapeOrder(indicatorSchema.shape, { ...indicator, unit });
}

function orderedPeriod(period: IndicatorPeriod): IndicatorPeriod {
  return inShapeOrder(indicatorPeriodSchema.shape, {
    ...period,
    baseline: orderedValue(period.baseline),
    target: orderedValue(period.target),
    actual: orderedValue(period.actual),
    // Breakdowns and their parts keep the order the source gives them: it is part of the data.
    breakdowns: period.breakdowns.map((breakdown) =>
      inShapeOrder(breakdownSchema.shape, {
        ...breakdown,
        parts: breakdown.parts.map((part) => inShapeOrder(breakdownPartSchema.shape, part)),
        source: orderedSource(breakdown.source),
      }),
    ),
  });
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
    indicators: [...data.indicators].sort((a, b) => a.order - b.order || byText(a.id, b.id)).map(orderedIndicator),
    indicatorPeriods: [...data.indicatorPeriods]
      .sort((a, b) => byText(a.indicatorId, b.indicatorId) || byText(a.start, b.start) || byText(a.end, b.end) || byText(a.id, b.id))
      .map(orderedPeriod),
    settings: orderedSettings(data.settings),
    history: [...data.history]
      .sort((a, b) => byText(a.id, b.id))
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

/**
 * The UTF-8 length of a well-formed text (JSON.stringify escapes lone surrogates), counted without
 * encoding it: a file may be over 100 MB.
 */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    if (unit < 0x80) continue;
    // Two bytes below U+0800; three above, except surrogates: a pair is four bytes, two per unit.
    bytes += unit < 0x800 || (unit >= 0xd800 && unit <= 0xdfff) ? 1 : 2;
  }
  return bytes;
}

const EMPTY_HISTORY_END = '"history": []\n}';

/**
 * The indented text, with each history entry on one line of its own: history is most of a busy
 * tracker's file, and one entry per line keeps it readable and diffable at a fraction of the size.
 */
function indentedText(snapshot: Snapshot): string {
  const { history } = snapshot;
  const head = JSON.stringify({ ...snapshot, history: [] }, null, 2);
  if (history.length === 0) return `${head}\n`;
  // History is the last key of the file (snapshotSchema), so its empty array ends the text.
  if (!head.endsWith(EMPTY_HISTORY_END)) throw new Error('The history must be the last key of a snapshot.');
  const entries = history.map((entry) => `    ${JSON.stringify(entry)}`).join(',\n');
  return `${head.slice(0, -EMPTY_HISTORY_END.length)}"history": [\n${entries}\n  ]\n}\n`;
}

/**
 * The snapshot file's exact text: canonical order, 2-space indentation with one history entry per
 * line, trailing newline. A tracker whose indented text would exceed the import limit is written
 * compact instead (JSON with no spaces), so every export that can import back does.
 */
export function serializeSnapshot(data: TrackerData, meta: SnapshotMeta, limit = MAX_SNAPSHOT_BYTES): string {
  const snapshot = buildSnapshot(data, meta);
  const indented = indentedText(snapshot);
  // Each UTF-16 unit takes at most 3 bytes in UTF-8: short texts skip the count.
  if (indented.length * 3 <= limit || utf8Length(indented) <= limit) return indented;
  return `${JSON.stringify(snapshot)}\n`;
}

/** Even with no history at all, the tracker's own records would not fit in an importable file. */
export class SnapshotTooLargeError extends Error {
  override name = 'SnapshotTooLargeError';
}

/**
 * A snapshot file that is sure to import back. The import limit is set well above the largest
 * realistic tracker with its history (see MAX_SNAPSHOT_BYTES), so the whole history is written.
 * Only as a last resort, for a tracker beyond that, whose whole history would pass the limit (or
 * the entries a file may hold), are the oldest entries left out of the file, as few as possible,
 * and counted. The records themselves are always whole; if they alone exceed the limit, nothing
 * is written.
 */
export function serializeImportableSnapshot(
  data: TrackerData,
  meta: SnapshotMeta,
  limit = MAX_SNAPSHOT_BYTES,
  maxEntries = MAX_HISTORY_ENTRIES,
): { text: string; omittedHistory: number } {
  // Nearly every tracker: the whole file, written once, is surely within the limit (3 bytes at
  // most per UTF-16 unit). Sizing first wrote it twice more: 0.5 s instead of 0.1 s at 2,000 lines.
  if (data.history.length <= maxEntries) {
    const text = serializeSnapshot(data, meta, limit);
    if (text.length * 3 <= limit) return { text, omittedHistory: 0 };
  }
  const history = [...data.history].sort((a, b) => byText(a.id, b.id));
  // Sizes in the compact form, the smaller one: the records with no history, then each entry
  // (and the comma before it). The newest entries that fit are then counted without rewriting.
  const recordsBytes = utf8Length(serializeSnapshot({ ...data, history: [] }, meta, 0));
  if (recordsBytes > limit) throw new SnapshotTooLargeError('The tracker is larger than a snapshot file may be.');
  const most = Math.min(history.length, maxEntries);
  let bytes = recordsBytes;
  let kept = 0;
  for (let index = history.length - 1; kept < most; index -= 1) {
    const entry = history[index];
    if (!entry) break;
    const entryBytes = utf8Length(JSON.stringify(inShapeOrder(historyEntrySchema.shape, entry))) + (kept === 0 ? 0 : 1);
    if (bytes + entryBytes > limit) break;
    bytes += entryBytes;
    kept += 1;
  }
  const text = serializeSnapshot({ ...data, history: kept === 0 ? [] : history.slice(-kept) }, meta, limit);
  return { text, omittedHistory: history.length - kept };
}

/** The tracker data carried by a snapshot, without its envelope. */
export function trackerDataOf(snapshot: Snapshot): TrackerData {
  const { areas, actionLines, milestones, priorityItems, indicators, indicatorPeriods, settings, history } = snapshot;
  return { areas, actionLines, milestones, priorityItems, indicators, indicatorPeriods, settings, history };
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
