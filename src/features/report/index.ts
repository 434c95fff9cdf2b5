export { ReportOptions } from './ReportOptions';
export { useReportCaveat } from './useReportCaveat';
export { useReportTitle } from './useReportTitle';
