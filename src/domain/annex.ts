import { groupByLine } from './groupByLine';
import { computeProgress, type ProgressFigures } from './progress';
import { computeScheduleFlag, type ScheduleFlag } from './schedule';
import { computeHealthCounts, type HealthCounts } from './summary';
import type { ActionLine, Area, Milestone } from './types';

export interface HeadlineFigures extends ProgressFigures {
  overdue: number;
  dueSoon: number;
  /** Lines per RAG health, not assessed included. */
  health: HealthCounts;
}

/** The dashboard headline: progress counts, schedule flags against the reporting date, and RAG health. */
export function computeHeadline(
  lines: readonly Pick<ActionLine, 'status' | 'target' | 'health'>[],
  reportingDate: string,
): HeadlineFigures {
  let overdue = 0;
  let dueSoon = 0;
  for (const line of lines) {
    const flag = computeScheduleFlag(line.target, line.status, reportingDate);
    if (flag === 'overdue') overdue += 1;
    if (flag === 'due-soon') dueSoon += 1;
  }
  return { ...computeProgress(lines), overdue, dueSoon, health: computeHealthCounts(lines) };
}

export interface MilestoneCompletion {
  completed: number;
  total: number;
}

export function computeMilestoneCompletion(milestones: readonly Pick<Milestone, 'status'>[]): MilestoneCompletion {
  return {
    completed: milestones.filter((milestone) => milestone.status === 'Completed').length,
    total: milestones.length,
  };
}

export interface AnnexLine {
  line: ActionLine;
  flag: ScheduleFlag;
  milestones: MilestoneCompletion;
}

export interface AnnexArea {
  area: Area;
  figures: HeadlineFigures;
  lines: AnnexLine[];
}

/** Annex 2 rows: areas in order, each with its lines in source order (by code) and their flags. */
export function buildAnnex(
  areas: readonly Area[],
  lines: readonly ActionLine[],
  milestones: readonly Milestone[],
  reportingDate: string,
): AnnexArea[] {
  // Grouped once, not filtered for each line: 2,000 lines x 20,000 milestones.
  const milestonesByLine = groupByLine(milestones);
  return [...areas]
    .sort((a, b) => a.order - b.order)
    .map((area) => {
      const areaLines = lines
        .filter((line) => line.areaCode === area.code)
        .sort((a, b) => compareLineCodes(a.code, b.code));
      return {
        area,
        figures: computeHeadline(areaLines, reportingDate),
        lines: areaLines.map((line) => ({
          line,
          flag: computeScheduleFlag(line.target, line.status, reportingDate),
          milestones: computeMilestoneCompletion(milestonesByLine.get(line.code) ?? []),
        })),
      };
    });
}

// One collator for every comparison: localeCompare with options builds one per call.
const LINE_CODE_COLLATOR = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** Source numbering order: "M1" < "M1a" < "M1b" < "M2" < "M10". */
export function compareLineCodes(a: string, b: string): number {
  return LINE_CODE_COLLATOR.compare(a, b);
}
