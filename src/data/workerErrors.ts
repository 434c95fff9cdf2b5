import { transferHandlers, type TransferHandler } from 'comlink';

/** An error as it crosses between the worker and the page. */
interface CrossingError {
  name: string;
  message: string;
  /** The error a Dexie error wraps (a QuotaExceededError inside an AbortError): its name is what counts. */
  inner: { name: string } | undefined;
}

function crossing(thrown: unknown): CrossingError {
  if (typeof thrown !== 'object' || thrown === null) return { name: 'Error', message: String(thrown), inner: undefined };
  const { name, message, inner } = thrown as { name?: unknown; message?: unknown; inner?: { name?: unknown } };
  return {
    name: typeof name === 'string' ? name : 'Error',
    message: typeof message === 'string' ? message : '',
    inner: typeof inner?.name === 'string' ? { name: inner.name } : undefined,
  };
}

const comlinkThrowHandler = transferHandlers.get('throw');

const throwHandler: TransferHandler<{ value: unknown }, CrossingError> = {
  canHandle: (value): value is { value: unknown } => comlinkThrowHandler?.canHandle(value) ?? false,
  serialize: ({ value }) => [crossing(value), []],
  deserialize: (error) => {
    throw Object.assign(new Error(error.message), error);
  },
};

/**
 * Comlink sends a thrown error's name and message; storage errors are told apart by the name of the
 * error they wrap too (describeStorageError), so errors cross with it. Comlink's own handler for
 * thrown values is replaced on both sides, the worker's and the page's, before they talk.
 */
export function sendErrorsWithInnerNames(): void {
  if (!comlinkThrowHandler) throw new Error('Comlink no longer has a handler for thrown values.');
  transferHandlers.set('throw', throwHandler);
}
