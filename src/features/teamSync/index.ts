export { SyncNoticeList } from './SyncNoticeList';
export { TeamSyncIndicator } from './TeamSyncIndicator';
export { TeamSyncSection } from './TeamSyncSection';
