export { PrioritiesView } from './PrioritiesView';
