import { useEffect } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { parseTeamAddress, type TeamAddressProblem } from '../../domain/teamAddress';
import { teamRoleOf } from '../../domain/teamRole';
import {
  countWaitingRecords,
  dismissSyncNotice,
  forgetTrackerHeld,
  keepMyValue,
  leaveTeam,
  listSyncNotices,
  writeTeamSync,
  type TeamSyncSetting,
} from '../../db';
import { useDatabase } from '../DatabaseContext';
import { queryKeys } from '../queryKeys';

/** How many records wait to reach the team database. */
export function useWaitingCount(enabled: boolean) {
  const db = useDatabase();
  return useQuery({ queryKey: queryKeys.outbox, queryFn: () => countWaitingRecords(db), enabled });
}

export function useSyncNotices() {
  const db = useDatabase();
  return useQuery({ queryKey: queryKeys.syncNotices, queryFn: () => listSyncNotices(db) });
}

/** Runs team sync while this component is mounted with sync on; its code loads only then. */
export function useTeamSyncAutostart(setting: TeamSyncSetting): void {
  const db = useDatabase();
  const key = JSON.stringify(setting);
  useEffect(() => {
    let isCancelled = false;
    let stop: (() => void) | null = null;
    void import('./teamSyncRunner').then(({ startTeamSync, stopTeamSync }) => {
      if (isCancelled) return;
      startTeamSync(db, JSON.parse(key) as TeamSyncSetting);
      stop = () => void stopTeamSync();
    });
    return () => {
      isCancelled = true;
      stop?.();
    };
  }, [db, key]);
}

export type TeamSignInFailure = TeamAddressProblem | 'wrongPassword' | 'noRole' | 'noAccess' | 'noTeamDatabase' | 'unreachable' | 'unexpected';

export class TeamSignInError extends Error {
  override name = 'TeamSignInError';

  constructor(readonly failure: TeamSignInFailure) {
    super(`Signing in to the team database failed: ${failure}`);
  }
}

export interface TeamSignIn {
  address: string;
  name: string;
  password: string;
}

/**
 * Signs in with CouchDB's own session (the password goes to the server once and is kept nowhere)
 * and checks the person may read the database before switching sync on.
 */
export function useSignInToTeam() {
  const db = useDatabase();
  return useMutation({
    mutationFn: async ({ address, name, password }: TeamSignIn) => {
      const parsed = parseTeamAddress(address, window.location.href);
      if (!parsed.ok) throw new TeamSignInError(parsed.problem);
      const { CouchError, couchRequest, openSession } = await import('./couchClient');
      const failure = (error: unknown, byStatus: Partial<Record<string, TeamSignInFailure>>): TeamSignInError => {
        if (!(error instanceof CouchError)) return new TeamSignInError('unexpected');
        return new TeamSignInError(byStatus[error.failure] ?? (error.failure === 'unreachable' ? 'unreachable' : 'unexpected'));
      };
      const user = await openSession(parsed.serverUrl, name.trim(), password).catch((error: unknown) => {
        throw failure(error, { unauthorized: 'wrongPassword', notFound: 'unreachable' });
      });
      if (teamRoleOf(user.roles) === null) throw new TeamSignInError('noRole');
      await couchRequest(parsed.databaseUrl).catch((error: unknown) => {
        throw failure(error, { unauthorized: 'noAccess', forbidden: 'noAccess', notFound: 'noTeamDatabase' });
      });
      const setting: TeamSyncSetting = { address: parsed.address, user: user.name, roles: user.roles };
      await writeTeamSync(db, setting);
      // Started here rather than by the header's indicator once it loads and shows: that took 0.3 s more at 4x.
      const { startTeamSync } = await import('./teamSyncRunner');
      startTeamSync(db, setting);
      return setting;
    },
  });
}

/**
 * Signs out: sync stops in every tab and the server's session ends (when it can be reached). With
 * `removeLocalCopy` the tracker is deleted from this browser too, and the page starts afresh.
 */
export function useSignOutOfTeam() {
  const db = useDatabase();
  return useMutation({
    mutationFn: async ({ setting, removeLocalCopy }: { setting: TeamSyncSetting; removeLocalCopy: boolean }) => {
      const [{ stopTeamSync, whenNoTabSyncs }, { closeSession }] = await Promise.all([import('./teamSyncRunner'), import('./couchClient')]);
      // Sync ends first, here and in the other tabs (which stop once the setting is gone): an answer
      // to a call still in flight after the session ended would renew its cookie.
      await stopTeamSync();
      await leaveTeam(db);
      await whenNoTabSyncs(db);
      const parsed = parseTeamAddress(setting.address, window.location.href);
      if (parsed.ok) await closeSession(parsed.serverUrl).catch(() => undefined);
      if (!removeLocalCopy) return;
      const name = db.name;
      await db.delete();
      forgetTrackerHeld(name);
      window.location.reload();
    },
  });
}

export function useKeepMyValue() {
  const db = useDatabase();
  return useMutation({ mutationFn: (noticeId: string) => keepMyValue(db, noticeId) });
}

export function useDismissSyncNotice() {
  const db = useDatabase();
  return useMutation({ mutationFn: (noticeId: string) => dismissSyncNotice(db, noticeId) });
}
