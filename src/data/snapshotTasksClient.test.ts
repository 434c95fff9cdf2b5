import { afterEach, describe, expect, it, vi } from 'vitest';
import { expose, wrap } from 'comlink';
import { createTestDatabase } from '../../tests/helpers/testDatabase';
import { describeStorageError } from '../db';
import { createSnapshotTasks, type SnapshotTasks } from './snapshotTasks';
import { snapshotTasksFor } from './snapshotTasksClient';
import { sendErrorsWithInnerNames } from './workerErrors';

const channels: MessageChannel[] = [];

/** Both ends of a channel, as the page and the snapshot worker talk through Comlink. */
function overChannel<T>(exposed: T) {
  sendErrorsWithInnerNames();
  const channel = new MessageChannel();
  channels.push(channel);
  expose(exposed, channel.port1);
  return wrap<T>(channel.port2);
}

/** A worker that never loads: it reports an error once asked anything. */
class FailingWorker extends EventTarget {
  static started = 0;

  constructor() {
    super();
    FailingWorker.started += 1;
  }

  postMessage() {
    queueMicrotask(() => this.dispatchEvent(new ErrorEvent('error', { message: 'The worker script could not be loaded.' })));
  }

  terminate() {}
}

afterEach(() => {
  vi.unstubAllGlobals();
  for (const { port1, port2 } of channels.splice(0)) {
    port1.close();
    port2.close();
  }
});

describe('the snapshot worker client', () => {
  it('calls the tasks through Comlink and gets back the comparison report', async () => {
    const db = createTestDatabase();
    const tasks = overChannel<SnapshotTasks>(createSnapshotTasks(db));
    const comparison = await tasks.compare(null, null);
    expect(comparison?.figures.before).toEqual(comparison?.figures.after);
    expect(comparison?.statusChanges).toEqual([]);
    await expect(tasks.replace('unknown', { id: 'b', name: 'b', createdAt: '', meta: { exportedAt: '', reportingDate: '', label: '', appVersion: '' } })).rejects.toThrow(
      'This file is no longer the one checked; choose it again.',
    );
  });

  it('keeps the name of the error a storage error wraps, which says the storage is full', async () => {
    const quotaError = Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: { name: 'QuotaExceededError', message: 'Quota' } });
    const remote = overChannel({ write: (): Promise<void> => Promise.reject(quotaError) });
    const error: unknown = await remote.write().catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ name: 'AbortError', message: 'Transaction aborted', inner: { name: 'QuotaExceededError' } });
    expect(describeStorageError(error)).toBe('quota');
  });

  it('fails the calls of a worker that does not load, and starts a new one for the next call', async () => {
    vi.stubGlobal('Worker', FailingWorker);
    FailingWorker.started = 0;
    const db = createTestDatabase();
    await expect(snapshotTasksFor(db).listStored()).rejects.toThrow('The worker script could not be loaded.');
    await expect(snapshotTasksFor(db).listStored()).rejects.toThrow('The worker script could not be loaded.');
    expect(FailingWorker.started).toBe(2);
  });
});
