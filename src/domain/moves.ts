import type { ActionLine } from './types';
import type { Status } from './status';

export function sortByOrder<T extends { order: number }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.order - b.order);
}

export function linesInStatus<T extends Pick<ActionLine, 'status' | 'order'>>(
  lines: readonly T[],
  status: Status,
): T[] {
  return sortByOrder(lines.filter((line) => line.status === status));
}

/**
 * Moves a line to `toIndex` (clamped) within the `toStatus` column and renumbers the orders of
 * both columns so they stay 0..n-1. Returns every line, new objects only where something changed.
 */
export function applyMove<T extends Pick<ActionLine, 'code' | 'status' | 'order'>>(
  lines: readonly T[],
  code: string,
  toStatus: Status,
  toIndex: number,
): T[] {
  const moving = lines.find((line) => line.code === code);
  if (!moving) return [...lines];
  const target = linesInStatus(lines, toStatus).filter((line) => line.code !== code);
  const index = Math.max(0, Math.min(toIndex, target.length));
  target.splice(index, 0, moving);
  const source =
    moving.status === toStatus ? [] : linesInStatus(lines, moving.status).filter((l) => l.code !== code);

  const updates = new Map<string, { status: Status; order: number }>();
  target.forEach((line, order) => updates.set(line.code, { status: toStatus, order }));
  source.forEach((line, order) => updates.set(line.code, { status: moving.status, order }));

  return lines.map((line) => {
    const update = updates.get(line.code);
    if (!update || (update.status === line.status && update.order === line.order)) return line;
    return { ...line, ...update };
  });
}

/** Position (0-based) and size of the column a line is in. */
export function positionOf(
  lines: readonly Pick<ActionLine, 'code' | 'status' | 'order'>[],
  code: string,
): { status: Status; index: number; count: number } | null {
  const line = lines.find((l) => l.code === code);
  if (!line) return null;
  const column = linesInStatus(lines, line.status);
  return { status: line.status, index: column.findIndex((l) => l.code === code), count: column.length };
}
