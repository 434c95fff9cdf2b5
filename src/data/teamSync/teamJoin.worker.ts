/// <reference lib="webworker" />
import { expose } from 'comlink';
import { TrackerDatabase, type TeamSyncSetting } from '../../db';
import { sendErrorsWithInnerNames } from '../workerErrors';
import { joinTeam } from './teamJoin';
import type { TeamJoinTasks } from './teamJoinClient';

declare const self: DedicatedWorkerGlobalScope;

sendErrorsWithInnerNames();
// Named after its database by the page (teamJoinClient.ts); like the snapshot worker's, this
// connection never creates it, and the page sees its writes through Dexie's storagemutated broadcast.
const db = new TrackerDatabase(self.name, undefined, { mayCreate: false });
const tasks: TeamJoinTasks = {
  joinTeam: (setting: TeamSyncSetting, databaseUrl: string) => joinTeam(db, setting, databaseUrl),
};
expose(tasks);
