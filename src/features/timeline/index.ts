export { TimelineView } from './TimelineView';
export { Timeline } from './Timeline';
export { useTimelineRows } from './useTimelineRows';
export { DEFAULT_FROM_YEAR, DEFAULT_TO_YEAR } from './defaultRange';
