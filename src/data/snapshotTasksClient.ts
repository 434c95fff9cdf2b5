import { wrap } from 'comlink';
import type { TrackerDatabase } from '../db';
import { createSnapshotTasks, type SnapshotTasks } from './snapshotTasks';
import { sendErrorsWithInnerNames } from './workerErrors';
import { workerFailure } from './workerFailure';

/**
 * Comlink leaves a call waiting for ever when its worker fails to load or stops; these calls fail
 * instead, once `stopped` rejects.
 */
function failingWhen<T extends object>(stopped: Promise<never>, remote: T): T {
  return new Proxy(remote, {
    get(target, property) {
      const member: unknown = Reflect.get(target, property);
      if (typeof member !== 'function') return member;
      return (...args: unknown[]) => Promise.race([Reflect.apply(member, target, args) as Promise<unknown>, stopped]);
    },
  });
}

const cache = new WeakMap<TrackerDatabase, SnapshotTasks>();

function inWorker(db: TrackerDatabase): SnapshotTasks {
  sendErrorsWithInnerNames();
  // The worker's name tells it which database to open (snapshot.worker.ts).
  const worker = new Worker(new URL('./snapshot.worker.ts', import.meta.url), { type: 'module', name: db.name });
  const stopped = workerFailure(worker, 'The snapshot worker stopped.');
  // The next call starts a new worker; a failure with no call waiting is reported by it.
  stopped.catch(() => {
    worker.terminate();
    cache.delete(db);
  });
  return failingWhen(stopped, wrap<SnapshotTasks>(worker));
}

/**
 * The snapshot tasks for `db`: in a module worker, through Comlink, where the platform has workers;
 * in-thread otherwise (jsdom in component tests). Both run the same createSnapshotTasks code.
 */
export function snapshotTasksFor(db: TrackerDatabase): SnapshotTasks {
  let tasks = cache.get(db);
  if (!tasks) {
    tasks = typeof Worker === 'undefined' ? createSnapshotTasks(db) : inWorker(db);
    cache.set(db, tasks);
  }
  return tasks;
}
