import { lazy, Suspense } from 'react';
import { useTeamSyncSetting } from '../data';

// Loaded only once sync is on: a tracker that never syncs loads none of it.
const TeamSyncIndicator = lazy(() => import('../features/teamSync').then((module) => ({ default: module.TeamSyncIndicator })));

/** Team sync in the header: runs it and shows its state while it is on, and nothing otherwise. */
export function TeamSyncHost() {
  const { data: setting } = useTeamSyncSetting();
  if (!setting) return null;
  return (
    <Suspense fallback={null}>
      <TeamSyncIndicator setting={setting} />
    </Suspense>
  );
}
