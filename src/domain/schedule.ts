import { addQuarters, compareQuarters, quarterEndDate, quarterOfDate, targetQuarters } from './quarter';
import type { Status } from './status';

export type ScheduleFlag = 'overdue' | 'due-soon' | null;

/**
 * Overdue: the target quarter ended before the reporting date and the work is not completed.
 * Due soon: not completed and the target quarter ends no later than the end of the quarter
 * after the reporting date's quarter. A period of years counts by its last quarter.
 */
export function computeScheduleFlag(
  target: string | null,
  status: Status,
  reportingDate: string,
): ScheduleFlag {
  if (status === 'Completed' || !target) return null;
  const quarter = targetQuarters(target)?.last;
  if (!quarter) return null;
  if (quarterEndDate(quarter) < reportingDate) return 'overdue';
  const horizon = addQuarters(quarterOfDate(reportingDate), 1);
  return compareQuarters(quarter, horizon) <= 0 ? 'due-soon' : null;
}
