/// <reference lib="webworker" />
import { expose } from 'comlink';
import { TrackerDatabase } from '../db';
import { createSnapshotTasks, type SnapshotTasks } from './snapshotTasks';
import { sendErrorsWithInnerNames } from './workerErrors';

declare const self: DedicatedWorkerGlobalScope;

sendErrorsWithInnerNames();
// The page names the worker after its database (snapshotTasksClient.ts). This connection never
// creates the database; the page's own Dexie sees its writes through Dexie's storagemutated
// broadcast, like another tab's.
const tasks: SnapshotTasks = createSnapshotTasks(new TrackerDatabase(self.name, undefined, { mayCreate: false }));
expose(tasks);
