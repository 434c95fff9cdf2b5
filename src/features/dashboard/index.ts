export { DashboardView } from './DashboardView';
