import { z } from 'zod';
import { normalizeIdentifier } from '../identifier';
import { HEALTHS, STATUSES } from '../status';
import { LINK_SOURCES, STATUS_SOURCES } from '../evidence';
import { HISTORY_ENTITIES, type ActionLine, type Area, type HistoryEntry, type Milestone, type Positioned, type PriorityItem, type Strategy } from '../types';
import type { Breakdown, BreakdownPart, Indicator, IndicatorPeriod, IndicatorUnit, IndicatorValue, ValueSource } from '../indicators';
import { SNAPSHOT_FORMAT } from './version';

// The production CSP forbids eval; without this, zod probes `new Function` once and the browser
// reports a Content-Security-Policy violation even though zod falls back quietly.
z.config({ jitless: true });

/*
 * The one place that describes a snapshot file. Strict objects refuse unknown keys (including
 * `__proto__` and `constructor`, which JSON.parse keeps as own keys); every string has a length
 * limit so a hostile file cannot smuggle megabytes into a field. The key order of each object
 * here is the key order of the written file.
 */

export const MAX_TEXT_LENGTH = 20_000;
/** Short texts: a snapshot's label (a stored snapshot's name), targets, history field names. */
export const MAX_SHORT_LENGTH = 200;
const MAX_LIST_LENGTH = 10_000;
// A large portfolio (2,000 lines with 10 milestones each) must still fit in one snapshot.
const MAX_MILESTONES = 100_000;
// As many as milestones: 1,000 indicators reported on monthly for eight years would be 96,000.
const MAX_PERIODS = 100_000;
/**
 * The most history entries one file holds: about as many of the smallest entries (some 120 bytes
 * each) as fit in MAX_SNAPSHOT_BYTES, so the size limit, not this count, bounds a real file; ten
 * times the busy history of the largest realistic tracker. Only beyond it do exports leave out the
 * oldest entries (serialize.ts).
 */
export const MAX_HISTORY_ENTRIES = 1_000_000;

const shortText = z.string().max(MAX_SHORT_LENGTH);
// Codes and ids are compared in NFC, so two spellings of one code are one code (see references.ts).
const code = z.string().min(1).max(MAX_SHORT_LENGTH).transform(normalizeIdentifier);
const longText = z.string().max(MAX_TEXT_LENGTH);
const status = z.enum(STATUSES);
// A file places lines, milestones, priority items and indicators by position, not by the database's keys
// (withPositions, withRanks): equal orders give equal files, and an import gives fresh keys.
const order = z.number().int().min(0);
const timestamp = z.iso.datetime();
// A display name, or null for "this browser".
const author = shortText.nullable();
const ulidText = z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/);
const calendarDate = z.iso.date();

export const areaSchema = z.strictObject({
  code,
  name: longText,
  order,
  objectives: z.array(longText).max(MAX_LIST_LENGTH),
});

export const sourcePassageSchema = z.strictObject({
  document: longText,
  section: longText,
  text: longText,
});

export const actionLineSchema = z.strictObject({
  code,
  areaCode: code,
  title: longText,
  text: longText,
  status,
  order,
  // Filtered by, so compared in NFC like codes; hidden characters are refused in references.ts.
  leadUnit: longText.transform(normalizeIdentifier),
  target: shortText.nullable(),
  statusSource: z.enum(STATUS_SOURCES),
  statusEvidence: z.array(sourcePassageSchema).max(100),
  statusReason: longText,
  completedYear: z.number().int().min(1900).max(2999).nullable(),
  health: z.enum(HEALTHS).nullable(),
  healthReason: longText,
  notes: longText,
  updatedAt: timestamp,
  updatedBy: author,
});

export const milestoneSchema = z.strictObject({
  id: code,
  lineCode: code,
  title: longText,
  target: shortText.nullable(),
  status,
  completedOn: calendarDate.nullable(),
  order,
  updatedAt: timestamp.nullable(),
  updatedBy: author,
});

export const priorityItemSchema = z.strictObject({
  id: code,
  lineCode: code,
  text: longText,
  milestone: status,
  target: shortText,
  order,
  linkSource: z.enum(LINK_SOURCES),
  updatedAt: timestamp.nullable(),
  updatedBy: author,
});

// An indicator's currency is checked against the engine's ISO 4217 list in references.ts.
export const indicatorUnitSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('count') }),
  z.strictObject({ kind: z.literal('percent') }),
  z.strictObject({ kind: z.literal('money'), currency: z.string().regex(/^[A-Z]{3}$/) }),
]);

export const valueSourceSchema = z.strictObject({
  document: longText,
  section: longText,
  page: z.number().int().min(1).nullable(),
});

export const indicatorValueSchema = z.strictObject({
  value: z.number(),
  source: valueSourceSchema.nullable(),
});

export const breakdownPartSchema = z.strictObject({
  label: longText,
  value: z.number(),
});

export const breakdownSchema = z.strictObject({
  id: code,
  dimension: longText,
  partsUnit: z.enum(['value', 'share']),
  parts: z.array(breakdownPartSchema).max(MAX_LIST_LENGTH),
  source: valueSourceSchema.nullable(),
  note: longText,
});

export const indicatorSchema = z.strictObject({
  id: code,
  name: longText,
  unit: indicatorUnitSchema,
  direction: z.enum(['higher', 'lower']),
  areaCode: code.nullable(),
  lineCodes: z.array(code).max(MAX_LIST_LENGTH),
  definition: longText,
  order,
  updatedAt: timestamp.nullable(),
  updatedBy: author,
});

export const indicatorPeriodSchema = z.strictObject({
  id: code,
  indicatorId: code,
  start: calendarDate,
  end: calendarDate,
  baseline: indicatorValueSchema.nullable(),
  target: indicatorValueSchema.nullable(),
  actual: indicatorValueSchema.nullable(),
  breakdowns: z.array(breakdownSchema).max(100),
  note: longText,
  updatedAt: timestamp.nullable(),
  updatedBy: author,
});

export const historyEntrySchema = z.strictObject({
  id: ulidText,
  at: timestamp,
  entity: z.enum(HISTORY_ENTITIES),
  entityId: code,
  lineCode: code,
  field: shortText,
  from: longText.nullable(),
  to: longText.nullable(),
  author,
  device: code,
});

export const seedSourceSchema = z.strictObject({
  document: longText,
  file: longText,
  note: longText,
});

export const strategySchema = z.strictObject({
  title: longText,
  objectives: z.array(longText).max(MAX_LIST_LENGTH),
  source: seedSourceSchema,
});

export const snapshotSettingsSchema = z.strictObject({
  reportingDate: calendarDate.nullable(),
  seededAt: timestamp.nullable(),
  strategy: strategySchema.nullable(),
});

/** The tracker's data as a snapshot carries it: every table except the stored snapshots. */
export const trackerDataShape = {
  areas: z.array(areaSchema).max(MAX_LIST_LENGTH),
  actionLines: z.array(actionLineSchema).max(MAX_LIST_LENGTH),
  milestones: z.array(milestoneSchema).max(MAX_MILESTONES),
  priorityItems: z.array(priorityItemSchema).max(MAX_LIST_LENGTH),
  indicators: z.array(indicatorSchema).max(MAX_LIST_LENGTH),
  indicatorPeriods: z.array(indicatorPeriodSchema).max(MAX_PERIODS),
  settings: snapshotSettingsSchema,
  history: z.array(historyEntrySchema).max(MAX_HISTORY_ENTRIES),
};

export const snapshotSchema = z.strictObject({
  format: z.literal(SNAPSHOT_FORMAT),
  formatVersion: z.number().int().min(1),
  exportedAt: timestamp,
  reportingDate: calendarDate,
  label: shortText,
  appVersion: shortText,
  ...trackerDataShape,
});

export type SnapshotSettings = z.infer<typeof snapshotSettingsSchema>;
export type SnapshotHistoryEntry = HistoryEntry;
export type Snapshot = z.infer<typeof snapshotSchema>;

export type SnapshotActionLine = Positioned<ActionLine>;
export type SnapshotMilestone = Positioned<Milestone>;
export type SnapshotPriorityItem = Positioned<PriorityItem>;
export type SnapshotIndicator = Positioned<Indicator>;

/** The tracker's data as a snapshot file carries it. */
export interface TrackerData {
  areas: Area[];
  actionLines: SnapshotActionLine[];
  milestones: SnapshotMilestone[];
  priorityItems: SnapshotPriorityItem[];
  indicators: SnapshotIndicator[];
  indicatorPeriods: IndicatorPeriod[];
  settings: SnapshotSettings;
  history: SnapshotHistoryEntry[];
}

export type SnapshotMeta = Pick<Snapshot, 'exportedAt' | 'reportingDate' | 'label' | 'appVersion'>;

// Compile-time checks: the schema and the domain types must describe exactly the same records,
// so adding a field to a type without adding it here (or the reverse) fails the type check.
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Expect<T extends true> = T;
export type SchemaMatchesTypes = [
  Expect<Equal<z.infer<typeof areaSchema>, Area>>,
  Expect<Equal<z.infer<typeof actionLineSchema>, SnapshotActionLine>>,
  Expect<Equal<z.infer<typeof milestoneSchema>, SnapshotMilestone>>,
  Expect<Equal<z.infer<typeof priorityItemSchema>, SnapshotPriorityItem>>,
  Expect<Equal<z.infer<typeof indicatorUnitSchema>, IndicatorUnit>>,
  Expect<Equal<z.infer<typeof valueSourceSchema>, ValueSource>>,
  Expect<Equal<z.infer<typeof indicatorValueSchema>, IndicatorValue>>,
  Expect<Equal<z.infer<typeof breakdownPartSchema>, BreakdownPart>>,
  Expect<Equal<z.infer<typeof breakdownSchema>, Breakdown>>,
  Expect<Equal<z.infer<typeof indicatorSchema>, SnapshotIndicator>>,
  Expect<Equal<z.infer<typeof indicatorPeriodSchema>, IndicatorPeriod>>,
  Expect<Equal<z.infer<typeof historyEntrySchema>, SnapshotHistoryEntry>>,
  Expect<Equal<z.infer<typeof strategySchema>, Strategy>>,
  Expect<Equal<Omit<Snapshot, keyof SnapshotMeta | 'format' | 'formatVersion'>, TrackerData>>,
];
