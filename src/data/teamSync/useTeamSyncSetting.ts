import { useQuery } from '@tanstack/react-query';
import { teamRoleOf } from '../../domain/teamRole';
import { readTeamSync } from '../../db';
import { useDatabase } from '../DatabaseContext';
import { queryKeys } from '../queryKeys';

/** Team sync's setting: null while it is off, which it is unless someone signs in. */
export function useTeamSyncSetting() {
  const db = useDatabase();
  return useQuery({ queryKey: queryKeys.teamSync, queryFn: () => readTeamSync(db) });
}

/** Signed in to the team as a reader: the views offer no changes, and recordedWrite refuses them. */
export function useIsTeamReader(): boolean {
  const { data: setting } = useTeamSyncSetting();
  return setting ? teamRoleOf(setting.roles) === 'reader' || teamRoleOf(setting.roles) === null : false;
}
