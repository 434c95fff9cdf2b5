import { useMemo } from 'react';
import type { TrackerData } from '../../domain';
import { useActionLines, useAreas, useMilestones, usePriorityItems, useSettings } from '../../data';

/**
 * The current state for comparisons, from the shared table queries so it stays live. History is
 * left out: comparisons never look at it, and it has no whole-table query.
 */
export function useCurrentTracker(): TrackerData | undefined {
  const { data: areas } = useAreas();
  const { data: actionLines } = useActionLines();
  const { data: milestones } = useMilestones();
  const { data: priorityItems } = usePriorityItems();
  const { data: settings } = useSettings();
  return useMemo(() => {
    if (!areas || !actionLines || !milestones || !priorityItems || !settings) return undefined;
    const { reportingDate, seededAt, strategy } = settings;
    return { areas, actionLines, milestones, priorityItems, settings: { reportingDate, seededAt, strategy }, history: [] };
  }, [areas, actionLines, milestones, priorityItems, settings]);
}
