import { buildCsv, type CsvSeparator } from '../csv';
import type { ProgressFigures } from '../progress';
import type { Status } from '../status';
import { HEALTH_FIGURES, type HealthCounts } from '../summary';
import type { IndicatorUnit } from '../indicators';
import { lineFieldChanges, type TrackerComparison } from './compare';
import type { IndicatorPeriodChange, IndicatorValueField } from './compareIndicators';

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
  | 'priorityItem'
  | 'indicatorPeriodAdded'
  | 'indicatorPeriodRemoved'
  | 'indicatorValue';

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
  /** A period as a reader names it ("2025", "1 Jan – 30 Apr 2022"). */
  period: (period: Pick<IndicatorPeriodChange, 'start' | 'end'>) => string;
  indicatorField: (field: IndicatorValueField) => string;
  /** A figure in its unit and the interface language's number format. */
  indicatorValue: (value: number, unit: IndicatorUnit) => string;
}

const INDICATOR_SECTIONS = { added: 'indicatorPeriodAdded', removed: 'indicatorPeriodRemoved', changed: 'indicatorValue' } as const;

function indicatorRows(comparison: TrackerComparison, labels: ComparisonCsvLabels): string[][] {
  return comparison.indicators.flatMap((indicator) =>
    indicator.periods.flatMap((period) => {
      const section = labels.section[INDICATOR_SECTIONS[period.kind]];
      const name = `${indicator.name}, ${labels.period(period)}`;
      // A period added or removed without figures is still a row of its own.
      if (period.changes.length === 0) return [[section, name, '', '']];
      return period.changes.map((change) => [
        section,
        `${name} (${labels.indicatorField(change.field)})`,
        change.from === null ? '' : labels.indicatorValue(change.from, indicator.unitBefore),
        change.to === null ? '' : labels.indicatorValue(change.to, indicator.unit),
      ]);
    }),
  );
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
  rows.push(...indicatorRows(comparison, labels));
  return buildCsv(labels.columns, rows, separator);
}
