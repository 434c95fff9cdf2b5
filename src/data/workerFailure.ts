/**
 * Rejects once `worker` fails to load, stops or sends what cannot be read; never resolves. Comlink
 * leaves a call waiting for ever on such a worker, so each call races this. A failure with no call
 * waiting is not reported as unhandled: the next call, or whoever waits on it, reports it.
 */
export function workerFailure(worker: Worker, stoppedMessage: string): Promise<never> {
  const failed = new Promise<never>((_resolve, reject) => {
    const onFailure = (event: Event) => reject(new Error(event instanceof ErrorEvent ? event.message : stoppedMessage));
    worker.addEventListener('error', onFailure);
    worker.addEventListener('messageerror', onFailure);
  });
  failed.catch(() => undefined);
  return failed;
}
