import { lazy } from 'react';
import { useTeamSyncSetting } from '../data';
import { OptionalPart } from '../ui/OptionalPart';

// Loaded only once sync is on: a tracker that never syncs loads none of it.
const TeamSyncIndicator = lazy(() => import('../features/teamSync').then((module) => ({ default: module.TeamSyncIndicator })));

/** Team sync in the header: runs it and shows its state while it is on, and nothing otherwise. */
export function TeamSyncHost() {
  const { data: setting } = useTeamSyncSetting();
  if (!setting) return null;
  return (
    <OptionalPart>
      <TeamSyncIndicator setting={setting} />
    </OptionalPart>
  );
}
