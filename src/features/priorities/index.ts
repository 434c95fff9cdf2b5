export { PrioritiesView } from './PrioritiesView';
export { PrioritiesTable } from './PrioritiesTable';
export { StatusBadge } from './StatusBadge';
export { ScheduleFlagBadge } from './ScheduleFlagBadge';
export { downloadCsv } from './downloadCsv';
export { usePrintFooter } from './usePrintFooter';
export { useReportFooterText } from './useReportFooterText';
export { useInferredStatusNote } from './useInferredStatusNote';
