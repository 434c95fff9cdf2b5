export { PrioritiesView } from './PrioritiesView';
export { PrioritiesTable } from './PrioritiesTable';
export { StatusBadge } from './StatusBadge';
export { ScheduleFlagBadge } from './ScheduleFlagBadge';
export { downloadCsv } from './downloadCsv';
