import { describe, expect, it } from 'vitest';
import { describeSizeAgainstLimit } from './fileSizes';

const LIMIT = 5 * 1024 * 1024;

describe('describeSizeAgainstLimit', () => {
  it('names a file just over the limit precisely enough to differ from it', () => {
    const { size, limit } = describeSizeAgainstLimit(LIMIT + 1, LIMIT, 'en');
    expect(size).not.toBe(limit);
    expect(size).toBe('5,242,881 byte');
    expect(limit).toBe('5,242,880 byte');
  });

  it('keeps megabytes when they already differ', () => {
    expect(describeSizeAgainstLimit(5_420_645, LIMIT, 'en')).toEqual({ size: '5.2 MB', limit: '5 MB' });
  });
});
