import type { TrackerDatabase } from '../../db';
import { createSnapshotTasks, type SnapshotTasks } from './snapshotTasks';
import type { TaskName, TaskReply, TaskRequest } from './snapshotWorkerProtocol';

let worker: Worker | null = null;
let nextId = 1;
const waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: unknown) => void }>();

function onReply({ data }: MessageEvent<TaskReply>) {
  const call = waiting.get(data.id);
  if (!call) return;
  waiting.delete(data.id);
  if (data.ok) call.resolve(data.result);
  else call.reject(Object.assign(new Error(data.error.message), { name: data.error.name, inner: data.error.inner }));
}

/** A worker that fails to load or crashes fails its calls instead of leaving them pending. */
function onFailure(event: Event) {
  const failure = new Error(event instanceof ErrorEvent ? event.message : 'The snapshot worker stopped.');
  for (const call of waiting.values()) call.reject(failure);
  waiting.clear();
  worker?.terminate();
  worker = null;
}

function sharedWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./snapshot.worker.ts', import.meta.url), { type: 'module', name: 'snapshots' });
    worker.addEventListener('message', onReply);
    worker.addEventListener('error', onFailure);
    worker.addEventListener('messageerror', onFailure);
  }
  return worker;
}

function inWorker(databaseName: string): SnapshotTasks {
  const call =
    (task: TaskName) =>
    (...args: unknown[]) =>
      new Promise((resolve, reject) => {
        const id = nextId++;
        waiting.set(id, { resolve, reject });
        sharedWorker().postMessage({ id, databaseName, task, args } satisfies TaskRequest);
      });
  return {
    checkFile: call('checkFile'),
    checkStored: call('checkStored'),
    replace: call('replace'),
    exportFile: call('exportFile'),
    saveCurrent: call('saveCurrent'),
    listStored: call('listStored'),
    storedFile: call('storedFile'),
    compare: call('compare'),
  } as SnapshotTasks;
}

const cache = new WeakMap<TrackerDatabase, SnapshotTasks>();

/**
 * The snapshot tasks for `db`: in a module worker where the platform has workers, in-thread
 * otherwise (jsdom in component tests). Both run the same createSnapshotTasks code.
 */
export function snapshotTasksFor(db: TrackerDatabase): SnapshotTasks {
  let tasks = cache.get(db);
  if (!tasks) {
    tasks = typeof Worker === 'undefined' ? createSnapshotTasks(db) : inWorker(db.name);
    cache.set(db, tasks);
  }
  return tasks;
}
