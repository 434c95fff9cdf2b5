import { linesInStatus } from './moves';
import { planLineMove } from './rank';
import type { Status } from './status';
import { INDICATOR_HISTORY_ENTITIES, type ActionLine, type HistoryEntry, type Milestone, type PriorityItem } from './types';
import type { LinePlace, UndoableChange } from './undo';

export type RevertRefusal = 'later' | 'deleted' | 'unsupported' | 'gone';

const UNSUPPORTED_FIELDS = new Set(['statusConfirmed', 'priorityItem.order']);
const RECORD_FIELDS = new Set(['milestone', 'priorityItem']);

/**
 * Whether `entry` can be reverted at all, judged from the history alone: refused when a later
 * entry of the same record touched the same field (or added or deleted the record; a later status
 * change also moves a card's position), when it deleted a record (its other fields are not in the
 * history: Undo restores it whole), or when it is a kind of change with no single inverse.
 */
export function revertRefusal(entry: HistoryEntry, history: readonly HistoryEntry[]): RevertRefusal | null {
  // An indicator's entries hold texts made for reading (indicators/history.ts); Undo keeps whole records.
  if (UNSUPPORTED_FIELDS.has(entry.field) || INDICATOR_HISTORY_ENTITIES.includes(entry.entity)) return 'unsupported';
  if (RECORD_FIELDS.has(entry.field) && entry.to === null) return 'deleted';
  const isLater = (other: HistoryEntry) => (other.id ?? 0) > (entry.id ?? 0);
  const touchesSameField = (other: HistoryEntry) =>
    other.field === entry.field ||
    RECORD_FIELDS.has(other.field) ||
    RECORD_FIELDS.has(entry.field) ||
    (entry.field === 'position' && other.field === 'status');
  const isOvertaken = history.some(
    (other) => isLater(other) && other.entity === entry.entity && other.entityId === entry.entityId && touchesSameField(other),
  );
  return isOvertaken ? 'later' : null;
}

export interface RevertSources {
  lines: readonly ActionLine[];
  milestones: readonly Milestone[];
  priorityItems: readonly PriorityItem[];
  /** Today's ISO date: a milestone reverted to Completed without a date gets this one. */
  today: string;
}

type LineValue = ActionLine[keyof ActionLine];

/** A history value (text, or null for empty) as the line field stores it. */
function lineValue(field: string, value: string | null): LineValue {
  if (field === 'completedYear') return value === null ? null : Number(value);
  if (field === 'target' || field === 'health') return value;
  return value ?? '';
}

/** A history value as the milestone or priority item field stores it (a text field stores empty as ''). */
function recordValue(entity: string, field: string, value: string | null): string | null {
  const isText = field === 'title' || field === 'text' || (entity === 'priorityItem' && field === 'target');
  return value ?? (isText ? '' : null);
}

/**
 * The change that writes a history entry's `from` value over its `to` value, built on the records
 * as they are now; a refusal when there is none.
 */
export function planRevert(
  entry: HistoryEntry,
  history: readonly HistoryEntry[],
  { lines, milestones, priorityItems, today }: RevertSources,
): { ok: true; change: UndoableChange } | { ok: false; reason: RevertRefusal } {
  const refusal = revertRefusal(entry, history);
  if (refusal) return { ok: false, reason: refusal };
  const [entity, field = ''] = entry.field.split('.');
  if (entry.entity === 'actionLine') {
    const line = lines.find((candidate) => candidate.code === entry.entityId);
    if (!line) return { ok: false, reason: 'gone' };
    const from: LinePlace = { status: line.status, index: linesInStatus(lines, line.status).indexOf(line), rank: line.rank };
    // The card goes back to the end of its old column, or to its old position in this one.
    const toPlace = (status: Status, index: number): LinePlace => ({ status, index, rank: planLineMove(lines, line.code, status, index).rank });
    if (entry.field === 'status') {
      const status = entry.from as Status;
      const count = lines.filter((candidate) => candidate.status === status).length;
      return { ok: true, change: { kind: 'move', code: line.code, from, to: toPlace(status, count) } };
    }
    if (entry.field === 'position') {
      return { ok: true, change: { kind: 'move', code: line.code, from, to: toPlace(line.status, Number(entry.from) - 1) } };
    }
    return {
      ok: true,
      change: {
        kind: 'line',
        code: line.code,
        before: { [entry.field]: lineValue(entry.field, entry.to) },
        after: { [entry.field]: lineValue(entry.field, entry.from) },
      },
    };
  }
  if (entry.entity === 'milestone') {
    const milestone = milestones.find((candidate) => candidate.id === entry.entityId);
    if (!milestone) return { ok: false, reason: 'gone' };
    if (entity === 'milestone' && !field) return { ok: true, change: { kind: 'milestone', before: milestone, after: null } };
    if (field === 'order') {
      return { ok: true, change: { kind: 'milestoneOrder', lineCode: milestone.lineCode, id: milestone.id, from: Number(entry.to) - 1, to: Number(entry.from) - 1 } };
    }
    const value = recordValue(entity ?? '', field, entry.from);
    // A milestone's completion date goes with its status, as when the status is chosen in the panel.
    const after: Milestone =
      field === 'status'
        ? { ...milestone, status: value as Status, completedOn: value === 'Completed' ? (milestone.completedOn ?? today) : null }
        : { ...milestone, [field]: value };
    return { ok: true, change: { kind: 'milestone', before: milestone, after } };
  }
  const item = priorityItems.find((candidate) => candidate.id === entry.entityId);
  if (!item) return { ok: false, reason: 'gone' };
  if (!field) return { ok: true, change: { kind: 'priorityItem', before: item, after: null } };
  return { ok: true, change: { kind: 'priorityItem', before: item, after: { ...item, [field]: recordValue(entity ?? '', field, entry.from) } } };
}
