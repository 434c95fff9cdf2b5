export { SyncNoticeList } from './SyncNoticeList';
export { TeamSyncHost } from './TeamSyncHost';
export { TeamSyncSection } from './TeamSyncSection';
