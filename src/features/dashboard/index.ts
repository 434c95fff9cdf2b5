export { DashboardView } from './DashboardView';
export { AreaSection } from './AreaSection';
export { Headline } from './Headline';
export { StatusChartSection } from './StatusChartSection';
export { useAnnexData } from './useAnnexData';
export type { AnnexData } from './useAnnexData';
