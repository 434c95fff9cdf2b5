import { linesInStatus } from './moves';
import type { Status } from './status';
import type { ActionLine } from './types';

/**
 * Translates a drop at `visibleIndex` among the `visibleCodes` of a (filtered or swimlane) container
 * into a position in the whole status column, so hidden cards keep their relative order.
 */
export function columnIndexForDrop(
  lines: readonly Pick<ActionLine, 'code' | 'status' | 'rank'>[],
  movingCode: string,
  toStatus: Status,
  visibleCodes: readonly string[],
  visibleIndex: number,
): number {
  const column = linesInStatus(lines, toStatus)
    .map((line) => line.code)
    .filter((code) => code !== movingCode);
  const visible = visibleCodes.filter((code) => code !== movingCode);
  const before = visible[visibleIndex - 1];
  if (visibleIndex <= 0 || before === undefined) {
    const first = visible[0];
    return first === undefined ? column.length : Math.max(0, column.indexOf(first));
  }
  return column.indexOf(before) + 1;
}
