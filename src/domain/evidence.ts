import type { ActionLine } from './types';

/**
 * How firm a status is: the source report states it, its narrative supports it, the tracker
 * inferred it (from the report's totals), or a person set or confirmed it.
 */
export const STATUS_SOURCES = ['stated', 'narrative', 'inferred', 'person'] as const;
export type StatusSource = (typeof STATUS_SOURCES)[number];

/** Whether the source names a priority item's action line, the link was inferred, or a person made it. */
export const LINK_SOURCES = ['stated', 'inferred', 'person'] as const;
export type LinkSource = (typeof LINK_SOURCES)[number];

export function isInferredStatus(line: Pick<ActionLine, 'statusSource'>): boolean {
  return line.statusSource === 'inferred';
}

export function countInferredStatuses(lines: readonly Pick<ActionLine, 'statusSource'>[]): number {
  return lines.filter(isInferredStatus).length;
}

/** Whitespace-insensitive form of a text, for comparing quoted passages with their source. */
export function normalizeWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The cells of a quoted table row, or the one passage of running text. */
export function passageParts(text: string): string[] {
  return text.split(' | ');
}
