import { Link } from 'wouter';
import { useTeamSyncAutostart, useTeamSyncState, useWaitingCount, type TeamSyncSetting, type TeamSyncState } from '../../data';
import { useTranslation } from '../../i18n';
import './team-sync-indicator.css';

const ICONS: Record<TeamSyncState['state'], string> = {
  off: '',
  syncing: '⟳',
  synced: '✓',
  unreachable: '⚠',
  sessionExpired: '⚠',
  refused: '⛔',
  teamEmpty: '⚠',
  failed: '⚠',
};

/** The header's word on team sync, which runs while this is shown. */
export function TeamSyncIndicator({ setting }: { setting: TeamSyncSetting }) {
  const { t } = useTranslation();
  useTeamSyncAutostart(setting);
  const sync = useTeamSyncState();
  const { data: waiting = 0 } = useWaitingCount(sync.state === 'unreachable');
  if (sync.state === 'off') return null;
  const text =
    sync.state === 'unreachable' && waiting > 0 ? t('teamSyncState.unreachableWaiting', { count: waiting }) : t(`teamSyncState.${sync.state}`);
  const isProblem = !['syncing', 'synced'].includes(sync.state);
  return (
    <p className={`team-sync-state team-sync-state--${isProblem ? 'problem' : 'ok'}`} role="status" aria-label={`${t('teamSyncState.label')}: ${text}`}>
      <span aria-hidden="true" className="team-sync-state__icon">
        {ICONS[sync.state]}
      </span>
      {isProblem ? <Link to="/settings">{text}</Link> : <span>{text}</span>}
    </p>
  );
}
