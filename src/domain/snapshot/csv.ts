import { buildCsv, type CsvSeparator } from '../csv';
import type { ProgressFigures } from '../progress';
import type { Status } from '../status';
import { HEALTH_FIGURES, type HealthCounts } from '../summary';
import { lineFieldChanges, type TrackerComparison } from './compare';

export type CsvSection =
  | 'headline'
  | 'health'
  | 'lineChange'
  | 'lineAdded'
  | 'lineRemoved'
  | 'statusChange'
  | 'milestoneAdded'
  | 'milestoneCompleted'
  | 'milestoneRemoved'
  | 'priorityItem';

export const HEADLINE_FIGURES = ['total', 'started', 'startedPercent', 'completed', 'ongoing', 'toBeStarted'] as const satisfies readonly (keyof ProgressFigures)[];

export interface ComparisonCsvLabels {
  columns: readonly [string, string, string, string];
  section: Record<CsvSection, string>;
  figure: Record<(typeof HEADLINE_FIGURES)[number], string>;
  health: Record<keyof HealthCounts, string>;
  status: (status: Status) => string;
  field: (field: string) => string;
  lineField: (field: string) => string;
  /** A line field's value as a reader sees it: a health or target in words, no health as "not assessed". */
  lineValue: (field: string, value: string | null) => string;
}

export function comparisonToCsv(comparison: TrackerComparison, labels: ComparisonCsvLabels, separator: CsvSeparator): string {
  const { section, status } = labels;
  const rows: string[][] = [];
  for (const figure of HEADLINE_FIGURES) {
    rows.push([section.headline, labels.figure[figure], String(comparison.figures.before[figure]), String(comparison.figures.after[figure])]);
  }
  for (const figure of HEALTH_FIGURES) {
    rows.push([section.health, labels.health[figure], String(comparison.health.before[figure]), String(comparison.health.after[figure])]);
  }
  for (const line of comparison.linesAdded) rows.push([section.lineAdded, `${line.code} ${line.title}`, '', '']);
  for (const line of comparison.linesRemoved) rows.push([section.lineRemoved, `${line.code} ${line.title}`, '', '']);
  for (const change of comparison.statusChanges) {
    rows.push([section.statusChange, `${change.code} ${change.title}`, status(change.from), status(change.to)]);
  }
  for (const line of lineFieldChanges(comparison)) {
    for (const change of line.changes) {
      const name = `${line.code} ${line.title} (${labels.lineField(change.field)})`;
      rows.push([section.lineChange, name, labels.lineValue(change.field, change.from), labels.lineValue(change.field, change.to)]);
    }
  }
  for (const m of comparison.milestonesAdded) rows.push([section.milestoneAdded, `${m.lineCode} ${m.title}`, '', status(m.status)]);
  for (const m of comparison.milestonesCompleted) {
    rows.push([section.milestoneCompleted, `${m.lineCode} ${m.title}`, '', m.completedOn ?? status(m.status)]);
  }
  for (const m of comparison.milestonesRemoved) rows.push([section.milestoneRemoved, `${m.lineCode} ${m.title}`, status(m.status), '']);
  for (const item of comparison.priorityItems) {
    const name = `${item.lineCode} ${item.text}`;
    if (item.kind === 'added') rows.push([section.priorityItem, name, '', labels.field('added')]);
    if (item.kind === 'removed') rows.push([section.priorityItem, name, labels.field('removed'), '']);
    if (item.kind === 'changed') {
      for (const change of item.changes) {
        const show = (value: string | null) => (change.field === 'milestone' && value ? status(value as Status) : (value ?? ''));
        rows.push([section.priorityItem, `${name} (${labels.field(change.field)})`, show(change.from), show(change.to)]);
      }
    }
  }
  return buildCsv(labels.columns, rows, separator);
}
