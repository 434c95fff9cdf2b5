export { SnapshotsView } from './SnapshotsView';
