import { describe, expect, it } from 'vitest';
import { describeOpenError, describeStorageError } from './storageError';
import { SchemaUpgradeError } from './schemaVersions';

describe('describeStorageError', () => {
  it('recognises a quota error as IndexedDB reports it: an AbortError wrapping QuotaExceededError', () => {
    const error = Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: { name: 'QuotaExceededError' } });
    expect(describeStorageError(error)).toBe('quota');
  });

  it('recognises a direct quota error, a closed database and anything else', () => {
    expect(describeStorageError(new DOMException('full', 'QuotaExceededError'))).toBe('quota');
    expect(describeStorageError(Object.assign(new Error('closed'), { name: 'DatabaseClosedError' }))).toBe('closed');
    expect(describeStorageError(new Error('other'))).toBe('unknown');
    expect(describeStorageError('not an error')).toBe('unknown');
  });
});

describe('describeOpenError', () => {
  it('tells a failed upgrade from a missing IndexedDB and other failures', () => {
    expect(describeOpenError(new SchemaUpgradeError(2, new Error('x')))).toBe('upgrade');
    expect(describeOpenError(Object.assign(new Error('no'), { name: 'MissingAPIError' }))).toBe('unavailable');
    expect(describeOpenError(new Error('other'))).toBe('other');
  });
});
