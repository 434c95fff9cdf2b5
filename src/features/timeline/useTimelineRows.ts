import { useMemo } from 'react';
import { compareLineCodes, placeTarget, sortByRank, type ActionLine, type Area, type Milestone, type QuarterRange, type TimelinePlacement } from '../../domain';
import { useActionLines, useAreas, useMilestones } from '../../data';

export interface TimelineMilestone {
  milestone: Milestone;
  placement: TimelinePlacement;
}

export interface TimelineRow {
  line: ActionLine;
  placement: TimelinePlacement;
  milestones: TimelineMilestone[];
}

export interface TimelineGroup {
  area: Area;
  rows: TimelineRow[];
}

/** Lines grouped by area, each placed on the quarter grid with its milestones. */
export function useTimelineRows(range: QuarterRange) {
  const areas = useAreas();
  const lines = useActionLines();
  const milestones = useMilestones();
  const groups = useMemo<TimelineGroup[]>(
    () =>
      (areas.data ?? []).map((area) => ({
        area,
        rows: (lines.data ?? [])
          .filter((line) => line.areaCode === area.code)
          .sort((a, b) => compareLineCodes(a.code, b.code))
          .map((line) => ({
            line,
            placement: placeTarget(line.target, range),
            milestones: sortByRank((milestones.data ?? []).filter((milestone) => milestone.lineCode === line.code)).map(
              (milestone) => ({ milestone, placement: placeTarget(milestone.target, range) }),
            ),
          })),
      })),
    [areas.data, lines.data, milestones.data, range],
  );
  return {
    groups,
    isPending: areas.isPending || lines.isPending || milestones.isPending,
    error: areas.error ?? lines.error ?? milestones.error,
  };
}
