import { findHiddenCharacter, findHiddenCharacterInName } from '../identifier';
import { parseTarget } from '../quarter';
import { checkIndicators } from './indicatorReferences';
import { issue, type SnapshotIssue } from './issues';
import { INDICATOR_HISTORY_ENTITIES } from '../types';
import type { TrackerData } from './schema';

function duplicates<T>(records: readonly T[], keyOf: (record: T) => string, path: (index: number) => string): SnapshotIssue[] {
  const firstIndex = new Map<string, number>();
  const issues: SnapshotIssue[] = [];
  records.forEach((record, index) => {
    const key = keyOf(record);
    const first = firstIndex.get(key);
    if (first === undefined) firstIndex.set(key, index);
    else issues.push(issue('duplicate', path(index), { value: key, first: path(first) }));
  });
  return issues;
}

function quarter(target: string | null, path: string): SnapshotIssue[] {
  if (target === null) return [];
  if (/[\r\n\u2028\u2029]/.test(target)) return [issue('lineBreak', path)];
  return parseTarget(target) ? [] : [issue('badQuarter', path, { value: target })];
}

/** Codes a reader compares by eye must hold no character that hides or reorders text. */
function identifiers(record: object, fields: readonly string[], path: string): SnapshotIssue[] {
  return fields.flatMap((field) => {
    const value = (record as Record<string, unknown>)[field];
    const hidden = typeof value === 'string' ? findHiddenCharacter(value) : null;
    return hidden ? [issue('hiddenCharacter', `${path}.${field}`, { ...hidden })] : [];
  });
}

/** Nor must a name the board offers and filters by: a lead unit (plain spaces are its own). */
function name(value: string, path: string): SnapshotIssue[] {
  const hidden = findHiddenCharacterInName(value);
  return hidden ? [issue('hiddenCharacterInName', path, { ...hidden })] : [];
}

/** Checks that hold across records: unique keys, references to existing areas, lines and indicators, quarter texts. */
export function checkReferences(data: TrackerData): SnapshotIssue[] {
  const areaCodes = new Set(data.areas.map((area) => area.code));
  const lineCodes = new Set(data.actionLines.map((line) => line.code));
  return [
    ...duplicates(data.areas, (area) => area.code, (i) => `areas[${i}].code`),
    ...duplicates(data.actionLines, (line) => line.code, (i) => `actionLines[${i}].code`),
    ...duplicates(data.milestones, (milestone) => milestone.id, (i) => `milestones[${i}].id`),
    ...duplicates(data.priorityItems, (item) => item.id, (i) => `priorityItems[${i}].id`),
    ...duplicates(data.indicators, (indicator) => indicator.id, (i) => `indicators[${i}].id`),
    ...duplicates(data.indicatorPeriods, (period) => period.id, (i) => `indicatorPeriods[${i}].id`),
    ...duplicates(data.history, (entry) => String(entry.id), (i) => `history[${i}].id`),
    ...data.areas.flatMap((area, i) => identifiers(area, ['code'], `areas[${i}]`)),
    ...data.actionLines.flatMap((line, i) => [
      ...identifiers(line, ['code', 'areaCode'], `actionLines[${i}]`),
      ...name(line.leadUnit, `actionLines[${i}].leadUnit`),
      ...(areaCodes.has(line.areaCode) ? [] : [issue('unknownArea', `actionLines[${i}].areaCode`, { value: line.areaCode })]),
      ...quarter(line.target, `actionLines[${i}].target`),
    ]),
    ...data.milestones.flatMap((milestone, i) => [
      ...identifiers(milestone, ['id', 'lineCode'], `milestones[${i}]`),
      ...(milestone.completedOn !== null && milestone.status !== 'Completed'
        ? [issue('completedOnNotCompleted', `milestones[${i}].completedOn`, { status: milestone.status })]
        : []),
      ...(lineCodes.has(milestone.lineCode) ? [] : [issue('unknownLine', `milestones[${i}].lineCode`, { value: milestone.lineCode })]),
      ...quarter(milestone.target, `milestones[${i}].target`),
    ]),
    ...data.priorityItems.flatMap((item, i) => [
      ...identifiers(item, ['id', 'lineCode'], `priorityItems[${i}]`),
      ...(lineCodes.has(item.lineCode) ? [] : [issue('unknownLine', `priorityItems[${i}].lineCode`, { value: item.lineCode })]),
      ...quarter(item.target, `priorityItems[${i}].target`),
    ]),
    ...checkIndicators(data.indicators, data.indicatorPeriods, areaCodes, lineCodes),
    ...data.history.flatMap((entry, i) => [
      ...identifiers(entry, ['entityId', 'lineCode'], `history[${i}]`),
      // An indicator's entries hold its id, and outlive it (types.ts).
      ...(lineCodes.has(entry.lineCode) || INDICATOR_HISTORY_ENTITIES.includes(entry.entity)
        ? []
        : [issue('unknownLine', `history[${i}].lineCode`, { value: entry.lineCode })]),
    ]),
  ];
}
