import { z } from 'zod';
import type { Indicator, IndicatorPeriod } from '../indicators';
import { formatPath } from '../snapshot/issues';
import {
  MAX_SHORT_LENGTH,
  actionLineSchema,
  areaSchema,
  historyEntrySchema,
  indicatorPeriodSchema,
  indicatorSchema,
  milestoneSchema,
  priorityItemSchema,
  snapshotSettingsSchema,
} from '../snapshot/schema';
import { isTrackerSettingKey, type TrackerSettingKey } from '../trackerSettings';
import type { ActionLine, Area, HistoryEntry, Milestone, PriorityItem, Strategy } from '../types';

/*
 * The team database holds one CouchDB document per record, `{ _id: '<kind>:<key>', _rev, kind,
 * record, author }` (sync/rules.mjs enforces the same on the server). Everything read from it is
 * checked here as strictly as a snapshot file: another member's client, or a person writing to
 * CouchDB directly, may have sent anything.
 */

export const TEAM_RECORD_KINDS = ['area', 'line', 'priorityItem', 'indicator', 'period', 'history', 'setting'] as const;
export type TeamRecordKind = (typeof TEAM_RECORD_KINDS)[number];

/** A line as the team database keeps it: one document with its milestones, so they change together. */
export type TeamLine = ActionLine & { milestones: Milestone[] };

interface SettingValues {
  reportingDate: string;
  seededAt: string;
  strategy: Strategy;
}

/**
 * A tracker setting as the team database keeps it: the value, stamped like every other record so a
 * merge of two people's changes to it picks the same one on every device. An unset setting (the
 * reporting date back to "today") is a deleted document.
 */
export type TeamSetting = {
  [K in TrackerSettingKey]: { key: K; value: SettingValues[K]; updatedAt?: string; updatedBy?: string | null };
}[TrackerSettingKey];

interface TeamRecordsByKind {
  area: Area;
  line: TeamLine;
  priorityItem: PriorityItem;
  indicator: Indicator;
  period: IndicatorPeriod;
  history: HistoryEntry;
  setting: TeamSetting;
}

export type TeamRecordOf<K extends TeamRecordKind> = TeamRecordsByKind[K];
export type TeamRecord = { [K in TeamRecordKind]: { kind: K; record: TeamRecordOf<K> } }[TeamRecordKind];

/**
 * A value of a colleague's that lost to this revision's in a merge: the revision carries it so the
 * colleague's browser can show them both values, since the merge happened on another device.
 */
export interface OverruledValue {
  /** As FieldConflict.field: the field, or `milestones/<id>/<field>`. */
  field: string;
  value: unknown;
  /** Whose value it was. */
  by: string;
}

export type ParsedTeamDocument =
  | { ok: true; id: string; rev: string; deleted: true }
  | { ok: true; id: string; rev: string; deleted: false; author: string; value: TeamRecord; overruled: OverruledValue[] }
  | { ok: false; id: string | null; reason: string };

export function teamDocId(kind: TeamRecordKind, key: string): string {
  return `${kind}:${key}`;
}

function isTeamRecordKind(kind: string): kind is TeamRecordKind {
  return (TEAM_RECORD_KINDS as readonly string[]).includes(kind);
}

/** The kind and key of a document id; the key is everything after the first ':', so it may hold more. */
export function parseTeamDocId(id: string): { kind: TeamRecordKind; key: string } | null {
  const separator = id.indexOf(':');
  if (separator < 0) return null;
  const kind = id.slice(0, separator);
  const key = id.slice(separator + 1);
  if (!isTeamRecordKind(kind) || key === '') return null;
  // Only the tracker's own settings: a document must never reach this browser's local ones (its session, its device id).
  if (kind === 'setting' && !isTrackerSettingKey(key)) return null;
  return { kind, key };
}

export function teamRecordKey(value: TeamRecord): string {
  if (value.kind === 'setting') return value.record.key;
  return value.kind === 'area' || value.kind === 'line' ? value.record.code : value.record.id;
}

// Stored records are placed by fractional keys (src/domain/rank.ts), which use these characters only.
const rank = z
  .string()
  .min(1)
  .max(MAX_SHORT_LENGTH)
  .regex(/^[0-9A-Za-z]*$/);
// A line's document is rewritten whole on every change, so its milestones are bounded far below a snapshot's.
const MAX_LINE_MILESTONES = 1000;

const teamMilestoneSchema = milestoneSchema.omit({ order: true }).extend({ rank });

const teamLineSchema = actionLineSchema
  .omit({ order: true })
  .extend({ rank, milestones: z.array(teamMilestoneSchema).max(MAX_LINE_MILESTONES) })
  .superRefine((line, context) => {
    const seen = new Set<string>();
    line.milestones.forEach((milestone, index) => {
      if (milestone.lineCode !== line.code) {
        context.addIssue({ code: 'custom', path: ['milestones', index, 'lineCode'], message: `must be the line's code "${line.code}"` });
      }
      // Merging and conflict reports address a line's milestones by id.
      if (seen.has(milestone.id)) {
        context.addIssue({ code: 'custom', path: ['milestones', index, 'id'], message: 'repeats an earlier milestone of the line' });
      }
      seen.add(milestone.id);
    });
  });

const settingStamp = { updatedAt: z.iso.datetime().optional(), updatedBy: z.string().max(MAX_SHORT_LENGTH).nullable().optional() };
const { reportingDate, seededAt, strategy } = snapshotSettingsSchema.shape;
const teamSettingSchema = z.discriminatedUnion('key', [
  z.strictObject({ key: z.literal('reportingDate'), value: reportingDate.unwrap(), ...settingStamp }),
  z.strictObject({ key: z.literal('seededAt'), value: seededAt.unwrap(), ...settingStamp }),
  z.strictObject({ key: z.literal('strategy'), value: strategy.unwrap(), ...settingStamp }),
]);

// Typed by kind, so a schema that lacks a field of its record type fails the type check.
const recordSchemas: { [K in TeamRecordKind]: z.ZodType<TeamRecordOf<K>> } = {
  area: areaSchema,
  line: teamLineSchema,
  priorityItem: priorityItemSchema.omit({ order: true }).extend({ rank }),
  indicator: indicatorSchema.omit({ order: true }).extend({ rank }),
  period: indicatorPeriodSchema,
  history: historyEntrySchema,
  setting: teamSettingSchema,
};

// A kind, ':' and a key of at most MAX_SHORT_LENGTH characters, with room for its NFC form.
const docId = z.string().min(1).max(2 * MAX_SHORT_LENGTH);
const revision = z.string().min(1).max(MAX_SHORT_LENGTH);

// The record is checked once the id and kind agree, against its kind's schema: a record of
// the wrong kind would otherwise be refused for fields it was never meant to have.
const liveDocument = z.strictObject({
  _id: docId,
  _rev: revision,
  // CouchDB adds it when asked for conflicts; the sync reads the losing revisions itself.
  _conflicts: z.array(revision).optional(),
  kind: z.enum(TEAM_RECORD_KINDS),
  record: z.unknown(),
  author: z.string().min(1).max(MAX_SHORT_LENGTH),
  overruled: z
    .array(z.strictObject({ field: z.string().min(1).max(MAX_SHORT_LENGTH), value: z.json(), by: z.string().min(1).max(MAX_SHORT_LENGTH) }))
    .max(1000)
    .optional(),
});

// CouchDB may return a deleted document with nothing but these.
const deletedDocument = z.strictObject({
  _id: docId,
  _rev: revision,
  _deleted: z.literal(true),
});

// Long enough to name the problem in a log, short enough that a hostile document cannot flood it.
const MAX_REASON_LENGTH = 300;

function refuse(id: string | null, reason: string): ParsedTeamDocument {
  return { ok: false, id, reason: reason.length > MAX_REASON_LENGTH ? `${reason.slice(0, MAX_REASON_LENGTH)}…` : reason };
}

function quoted(text: string): string {
  return JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text);
}

function zodReason(error: z.ZodError, under: PropertyKey[] = []): string {
  const first = error.issues[0];
  return `${formatPath([...under, ...(first?.path ?? [])]) || 'The document'}: ${first?.message ?? 'Invalid'}.`;
}

/** Checks a document read from the team database; never throws, whatever it is given. */
export function parseTeamDocument(doc: unknown): ParsedTeamDocument {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return refuse(null, 'The document is not an object.');
  const rawId: unknown = (doc as Record<string, unknown>)._id;
  const id = typeof rawId === 'string' ? rawId : null;
  const parsed = Object.hasOwn(doc, '_deleted') ? deletedDocument.safeParse(doc) : liveDocument.safeParse(doc);
  if (!parsed.success) return refuse(id, zodReason(parsed.error));
  const { _id, _rev } = parsed.data;
  const idParts = parseTeamDocId(_id);
  if (!idParts) return refuse(_id, `_id ${quoted(_id)} is not "<kind>:<key>" with a known kind.`);
  if ('_deleted' in parsed.data) return { ok: true, id: _id, rev: _rev, deleted: true };
  const { author, kind } = parsed.data;
  if (kind !== idParts.kind) return refuse(_id, `kind: "${kind}" differs from the kind "${idParts.kind}" of the _id.`);
  const record = recordSchemas[kind].safeParse(parsed.data.record);
  if (!record.success) return refuse(_id, zodReason(record.error, ['record']));
  // The record passed its kind's schema; TypeScript cannot pair a kind and a record that were checked apart.
  const value = { kind, record: record.data } as TeamRecord;
  const key = teamRecordKey(value);
  if (key !== idParts.key) return refuse(_id, `record: its key ${quoted(key)} differs from the key ${quoted(idParts.key)} of the _id.`);
  return { ok: true, id: _id, rev: _rev, deleted: false, author, value, overruled: parsed.data.overruled ?? [] };
}

/** The document that writes `value`; `rev` is the revision it replaces, null for a new record. */
export function toTeamDocument(value: TeamRecord, author: string, rev: string | null, overruled: readonly OverruledValue[] = []): Record<string, unknown> {
  return {
    _id: teamDocId(value.kind, teamRecordKey(value)),
    ...(rev ? { _rev: rev } : {}),
    kind: value.kind,
    record: value.record,
    author,
    ...(overruled.length > 0 ? { overruled } : {}),
  };
}

export function deletedTeamDocument(id: string, rev: string): Record<string, unknown> {
  return { _id: id, _rev: rev, _deleted: true };
}
