import { describe, expect, it } from 'vitest';
import { ulid, ulidForNumberedEntry } from './ulid';

const ULID = /^[0-9A-HJKMNP-TV-Z]{26}$/;

describe('ulid', () => {
  it('is 26 characters of Crockford base 32 starting with the time', () => {
    // Times later than any other test's: the generator keeps the latest time it has seen.
    const id = ulid(Date.parse('2100-03-01T09:00:00.000Z'));
    expect(id).toMatch(ULID);
    expect(id.slice(0, 10)).toBe(ulidForNumberedEntry('2100-03-01T09:00:00.000Z', 0).slice(0, 10));
  });

  it('sorts by time as text', () => {
    const earlier = ulid(Date.parse('2100-03-01T09:00:00.001Z'));
    const later = ulid(Date.parse('2100-03-01T09:00:00.002Z'));
    const muchLater = ulid(Date.parse('2101-01-01T00:00:00.000Z'));
    expect([muchLater, earlier, later].sort()).toEqual([earlier, later, muchLater]);
  });

  it('gives distinct ids that keep increasing within one millisecond and when the clock goes back', () => {
    const time = Date.parse('2102-05-05T05:05:05.005Z');
    const ids = Array.from({ length: 1000 }, () => ulid(time));
    ids.push(ulid(time - 60_000));
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });

  it('gives unique ids across many calls', () => {
    const ids = Array.from({ length: 10_000 }, () => ulid());
    expect(new Set(ids).size).toBe(ids.length);
    ids.forEach((id) => expect(id).toMatch(ULID));
  });
});

describe('ulidForNumberedEntry', () => {
  it('keeps the order of numbered entries: by time, then by number', () => {
    const entries: [string, number][] = [
      ['2026-01-01T00:00:00.000Z', 7],
      ['2026-01-01T00:00:00.000Z', 12],
      ['2026-01-01T00:00:00.000Z', 100],
      ['2026-01-02T00:00:00.000Z', 3],
    ];
    const ids = entries.map(([at, number]) => ulidForNumberedEntry(at, number));
    expect([...ids].sort()).toEqual(ids);
    ids.forEach((id) => expect(id).toMatch(ULID));
  });

  it('gives the same entry the same id every time', () => {
    expect(ulidForNumberedEntry('2026-03-01T09:00:00.000Z', 1)).toBe(ulidForNumberedEntry('2026-03-01T09:00:00.000Z', 1));
    expect(ulidForNumberedEntry('2026-03-01T09:00:00.000Z', 1)).toBe('01KJMA0FM00000000000000001');
  });
});
