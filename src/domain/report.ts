import type { ActionLine } from './types';
import { countInferredStatuses } from './evidence';

/**
 * How many statuses the report's caveat must name: those still inferred, which wait for a person to
 * verify them (the board's "To verify" filter), unless the user switched the caveat off. Zero means
 * no caveat.
 */
export function caveatCount(lines: readonly Pick<ActionLine, 'statusSource'>[], isCaveatShown: boolean): number {
  return isCaveatShown ? countInferredStatuses(lines) : 0;
}

/**
 * Splits rows into as few slides as hold at most `maxPerSlide` each, of sizes that differ by one
 * at most: ten rows at seven a slide are five and five, not seven and three.
 */
export function splitIntoSlides<T>(rows: readonly T[], maxPerSlide: number): T[][] {
  if (rows.length === 0) return [[]];
  const slides = Math.ceil(rows.length / Math.max(1, maxPerSlide));
  const base = Math.floor(rows.length / slides);
  const larger = rows.length % slides;
  const parts: T[][] = [];
  let start = 0;
  for (let index = 0; index < slides; index += 1) {
    const size = base + (index < larger ? 1 : 0);
    parts.push(rows.slice(start, start + size));
    start += size;
  }
  return parts;
}
