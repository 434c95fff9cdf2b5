/// <reference lib="webworker" />
import { TrackerDatabase } from '../../db';
import { createSnapshotTasks, type SnapshotTasks } from './snapshotTasks';
import type { TaskReply, TaskRequest } from './snapshotWorkerProtocol';

declare const self: DedicatedWorkerGlobalScope;

// One connection per database the page names; the page's own Dexie sees these writes through
// Dexie's storagemutated broadcast, like another tab's.
const tasksByDatabase = new Map<string, SnapshotTasks>();

function tasksFor(databaseName: string): SnapshotTasks {
  let tasks = tasksByDatabase.get(databaseName);
  if (!tasks) {
    tasks = createSnapshotTasks(new TrackerDatabase(databaseName, undefined, { mayCreate: false }));
    tasksByDatabase.set(databaseName, tasks);
  }
  return tasks;
}

self.onmessage = async ({ data }: MessageEvent<TaskRequest>) => {
  const { id, databaseName, task, args } = data;
  let reply: TaskReply;
  try {
    const run = tasksFor(databaseName)[task] as (...taskArgs: unknown[]) => Promise<unknown>;
    reply = { id, ok: true, result: await run(...args) };
  } catch (error) {
    const { name = 'Error', message = String(error), inner } = error as { name?: string; message?: string; inner?: { name?: string } };
    reply = { id, ok: false, error: { name, message, inner: inner?.name ? { name: inner.name } : undefined } };
  }
  self.postMessage(reply);
};
