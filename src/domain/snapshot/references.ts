import { parseTarget } from '../quarter';
import { issue, type SnapshotIssue } from './issues';
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
  return target === null || parseTarget(target) ? [] : [issue('badQuarter', path, { value: target })];
}

/** Checks that hold across records: unique keys, references to existing lines, quarter texts. */
export function checkReferences(data: TrackerData): SnapshotIssue[] {
  const areaCodes = new Set(data.areas.map((area) => area.code));
  const lineCodes = new Set(data.actionLines.map((line) => line.code));
  return [
    ...duplicates(data.areas, (area) => area.code, (i) => `areas[${i}].code`),
    ...duplicates(data.actionLines, (line) => line.code, (i) => `actionLines[${i}].code`),
    ...duplicates(data.milestones, (milestone) => milestone.id, (i) => `milestones[${i}].id`),
    ...duplicates(data.priorityItems, (item) => item.id, (i) => `priorityItems[${i}].id`),
    ...duplicates(data.history, (entry) => String(entry.id), (i) => `history[${i}].id`),
    ...data.actionLines.flatMap((line, i) => [
      ...(areaCodes.has(line.areaCode) ? [] : [issue('unknownArea', `actionLines[${i}].areaCode`, { value: line.areaCode })]),
      ...quarter(line.target, `actionLines[${i}].target`),
    ]),
    ...data.milestones.flatMap((milestone, i) => [
      ...(lineCodes.has(milestone.lineCode) ? [] : [issue('unknownLine', `milestones[${i}].lineCode`, { value: milestone.lineCode })]),
      ...quarter(milestone.target, `milestones[${i}].target`),
    ]),
    ...data.priorityItems.flatMap((item, i) => [
      ...(lineCodes.has(item.lineCode) ? [] : [issue('unknownLine', `priorityItems[${i}].lineCode`, { value: item.lineCode })]),
      ...quarter(item.target, `priorityItems[${i}].target`),
    ]),
  ];
}
