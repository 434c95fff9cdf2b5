import { describe, expect, it } from 'vitest';
import { caveatCount, splitIntoSlides } from './report';
import type { StatusSource } from './evidence';

const lines = (...sources: StatusSource[]) => sources.map((statusSource) => ({ statusSource }));

describe('caveatCount', () => {
  it('counts the statuses still inferred, which wait for a person to verify them', () => {
    expect(caveatCount(lines('inferred', 'stated', 'inferred', 'narrative', 'person'), true)).toBe(2);
  });

  it('is zero once a person set or confirmed every inferred status', () => {
    expect(caveatCount(lines('stated', 'person', 'narrative', 'person'), true)).toBe(0);
  });

  it('is zero when the user switched the caveat off, whatever is left to verify', () => {
    expect(caveatCount(lines('inferred', 'inferred'), false)).toBe(0);
  });
});

describe('splitIntoSlides', () => {
  it('keeps rows that fit on one slide together', () => {
    expect(splitIntoSlides([1, 2, 3, 4, 5, 6, 7], 7)).toEqual([[1, 2, 3, 4, 5, 6, 7]]);
  });

  it('splits into as few slides as hold the rows, of sizes that differ by one at most', () => {
    expect(splitIntoSlides([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 7)).toEqual([
      [1, 2, 3, 4, 5],
      [6, 7, 8, 9, 10],
    ]);
    expect(splitIntoSlides([1, 2, 3, 4, 5, 6, 7], 3)).toEqual([[1, 2, 3], [4, 5], [6, 7]]);
  });

  it('gives an empty area one slide', () => {
    expect(splitIntoSlides([], 5)).toEqual([[]]);
  });
});
