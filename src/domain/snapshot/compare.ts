import { computeProgress, type ProgressFigures } from '../progress';
import { computeHealthCounts, type HealthCounts } from '../summary';
import type { Status } from '../status';
import type { ActionLine, PriorityItem } from '../types';
import { compareIndicators, type IndicatorChange } from './compareIndicators';
import type { SnapshotActionLine, SnapshotMilestone, TrackerData } from './schema';

export interface LineRef {
  code: string;
  title: string;
}

export interface StatusChange extends LineRef {
  from: Status;
  to: Status;
}

export interface FieldChange {
  field: string;
  from: string | null;
  to: string | null;
}

export interface LineChange extends LineRef {
  /** Every compared field that differs, status included; statuses are also listed in statusChanges. */
  changes: FieldChange[];
}

export interface MilestoneRef {
  id: string;
  lineCode: string;
  title: string;
  status: Status;
  completedOn: string | null;
}

export type PriorityItemChange =
  | { kind: 'added' | 'removed'; id: string; lineCode: string; text: string }
  | { kind: 'changed'; id: string; lineCode: string; text: string; changes: FieldChange[] };

export interface RecordCounts {
  actionLines: number;
  milestones: number;
  priorityItems: number;
  indicators: number;
  indicatorPeriods: number;
  history: number;
}

export interface TrackerComparison {
  figures: { before: ProgressFigures; after: ProgressFigures };
  health: { before: HealthCounts; after: HealthCounts };
  counts: { before: RecordCounts; after: RecordCounts };
  linesAdded: LineRef[];
  linesRemoved: LineRef[];
  linesChanged: LineChange[];
  statusChanges: StatusChange[];
  milestonesAdded: MilestoneRef[];
  milestonesCompleted: MilestoneRef[];
  milestonesRemoved: MilestoneRef[];
  priorityItems: PriorityItemChange[];
  indicators: IndicatorChange[];
}

/** Fields a person edits; order and updatedAt follow from them and would only add noise. */
export const COMPARED_LINE_FIELDS = [
  'areaCode',
  'title',
  'text',
  'status',
  'leadUnit',
  'target',
  'health',
  'healthReason',
  'notes',
] as const satisfies readonly (keyof ActionLine)[];

const COMPARED_PRIORITY_FIELDS = ['lineCode', 'text', 'milestone', 'target'] as const satisfies readonly (keyof PriorityItem)[];

function byCode<T extends { code: string }>(records: readonly T[]): Map<string, T> {
  return new Map(records.map((record) => [record.code, record]));
}

function byId<T extends { id: string }>(records: readonly T[]): Map<string, T> {
  return new Map(records.map((record) => [record.id, record]));
}

// One collator for every comparison: localeCompare with options builds a new one per call,
// which made sorting 20,000 milestones take seconds.
const codeOrder = new Intl.Collator('en', { numeric: true }).compare;

function sortedByCode<T extends { code: string }>(records: T[]): T[] {
  return records.sort((a, b) => codeOrder(a.code, b.code));
}

function lineRef(line: SnapshotActionLine): LineRef {
  return { code: line.code, title: line.title };
}

function milestoneRef(milestone: SnapshotMilestone): MilestoneRef {
  const { id, lineCode, title, status, completedOn } = milestone;
  return { id, lineCode, title, status, completedOn };
}

function counts(data: TrackerData): RecordCounts {
  return {
    actionLines: data.actionLines.length,
    milestones: data.milestones.length,
    priorityItems: data.priorityItems.length,
    indicators: data.indicators.length,
    indicatorPeriods: data.indicatorPeriods.length,
    history: data.history.length,
  };
}

function compareMilestones(before: TrackerData, after: TrackerData) {
  const old = byId(before.milestones);
  const current = byId(after.milestones);
  const added = after.milestones.filter((m) => !old.has(m.id));
  const completed = after.milestones.filter((m) => m.status === 'Completed' && old.has(m.id) && old.get(m.id)?.status !== 'Completed');
  const removed = before.milestones.filter((m) => !current.has(m.id));
  const order = (a: MilestoneRef, b: MilestoneRef) => codeOrder(a.lineCode, b.lineCode);
  return {
    milestonesAdded: added.map(milestoneRef).sort(order),
    milestonesCompleted: [...completed, ...added.filter((m) => m.status === 'Completed')].map(milestoneRef).sort(order),
    milestonesRemoved: removed.map(milestoneRef).sort(order),
  };
}

function comparePriorityItems(before: TrackerData, after: TrackerData): PriorityItemChange[] {
  const old = byId(before.priorityItems);
  const current = byId(after.priorityItems);
  const changes: PriorityItemChange[] = [];
  for (const item of after.priorityItems) {
    const previous = old.get(item.id);
    if (!previous) {
      changes.push({ kind: 'added', id: item.id, lineCode: item.lineCode, text: item.text });
      continue;
    }
    const fields = COMPARED_PRIORITY_FIELDS.filter((field) => previous[field] !== item[field]).map((field) => ({
      field,
      from: previous[field],
      to: item[field],
    }));
    if (fields.length > 0) changes.push({ kind: 'changed', id: item.id, lineCode: item.lineCode, text: item.text, changes: fields });
  }
  for (const item of before.priorityItems) {
    if (!current.has(item.id)) changes.push({ kind: 'removed', id: item.id, lineCode: item.lineCode, text: item.text });
  }
  return changes;
}

/** Changes to a line other than its status, which has its own list. */
export function lineFieldChanges(comparison: TrackerComparison): LineChange[] {
  return comparison.linesChanged
    .map((line) => ({ ...line, changes: line.changes.filter((change) => change.field !== 'status') }))
    .filter((line) => line.changes.length > 0);
}

/** What changed from `before` to `after`: figures, RAG health counts, lines, statuses, milestones, priority items, indicator values. */
export function compareTrackers(before: TrackerData, after: TrackerData): TrackerComparison {
  const oldLines = byCode(before.actionLines);
  const newLines = byCode(after.actionLines);
  const kept = after.actionLines.filter((line) => oldLines.has(line.code));
  const linesChanged: LineChange[] = [];
  const statusChanges: StatusChange[] = [];
  for (const line of kept) {
    const previous = oldLines.get(line.code) as SnapshotActionLine;
    const changes = COMPARED_LINE_FIELDS.filter((field) => previous[field] !== line[field]).map((field) => ({
      field,
      from: previous[field],
      to: line[field],
    }));
    if (changes.length > 0) linesChanged.push({ ...lineRef(line), changes });
    if (previous.status !== line.status) statusChanges.push({ ...lineRef(line), from: previous.status, to: line.status });
  }
  return {
    figures: { before: computeProgress(before.actionLines), after: computeProgress(after.actionLines) },
    health: { before: computeHealthCounts(before.actionLines), after: computeHealthCounts(after.actionLines) },
    counts: { before: counts(before), after: counts(after) },
    linesAdded: sortedByCode(after.actionLines.filter((line) => !oldLines.has(line.code)).map(lineRef)),
    linesRemoved: sortedByCode(before.actionLines.filter((line) => !newLines.has(line.code)).map(lineRef)),
    linesChanged: sortedByCode(linesChanged),
    statusChanges: sortedByCode(statusChanges),
    ...compareMilestones(before, after),
    priorityItems: comparePriorityItems(before, after),
    indicators: compareIndicators(before, after),
  };
}

export function hasChanges(comparison: TrackerComparison): boolean {
  const { counts: c } = comparison;
  return (
    comparison.linesAdded.length + comparison.linesRemoved.length + comparison.linesChanged.length > 0 ||
    comparison.milestonesAdded.length + comparison.milestonesRemoved.length + comparison.milestonesCompleted.length > 0 ||
    comparison.priorityItems.length > 0 ||
    comparison.indicators.length > 0 ||
    c.before.history !== c.after.history
  );
}
