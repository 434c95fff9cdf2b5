export { PresentationView } from './PresentationView';
