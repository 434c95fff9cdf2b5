export { PrioritiesView } from './PrioritiesView';
export { PrioritiesTable } from './PrioritiesTable';
export { usePrintFooter } from './usePrintFooter';
export { useReportFooterText } from './useReportFooterText';
export { useInferredStatusNote } from './useInferredStatusNote';
