export { SnapshotsView } from './SnapshotsView';
export { BackupReminder } from './BackupReminder';
