import type { Placement } from './rank';
import { compareRanked } from './rankOrder';
import type { ActionLine } from './types';
import type { Status } from './status';

type Placed = Pick<ActionLine, 'code' | 'status' | 'rank'>;

const byLineRank = compareRanked<Pick<ActionLine, 'code' | 'rank'>>((line) => line.code);

let keyGeneration: typeof import('./rank') | undefined;

/**
 * The key generation (rank.ts), which loads after the board rather than with it: the board places
 * a moved card with it, and the database's move code (src/db/lineMove.ts) imports it. Once loaded
 * it is handed back without `import()`, which in Chromium waits for a task of its own even for a
 * loaded module, behind whatever render the drop started (at 2,000 lines at 4x, hundreds of ms
 * before the move's write could begin).
 */
export async function loadKeyGeneration(): Promise<typeof import('./rank')> {
  keyGeneration ??= await import('./rank');
  return keyGeneration;
}

/** A status column's lines in their order. */
export function linesInStatus<T extends Placed>(lines: readonly T[], status: Status): T[] {
  return lines.filter((line) => line.status === status).sort(byLineRank);
}

/**
 * The lines once a move planned by planLineMove (rank.ts) is made: the line takes its new status and
 * key, and the column's other lines their fresh keys if it was rebalanced. Only the lines that
 * change are new objects.
 */
export function applyLineMove<T extends Placed>(lines: readonly T[], code: string, toStatus: Status, placement: Placement): T[] {
  const rebalanced = new Map(placement.rebalanced.map(({ id, rank }) => [id, rank]));
  return lines.map((line) => {
    if (line.code === code) return { ...line, status: toStatus, rank: placement.rank };
    const rank = rebalanced.get(line.code);
    return rank === undefined || line.status !== toStatus ? line : { ...line, rank };
  });
}

/** Where a line is: its column, key and position (0-based), and the size of the column. */
export function positionOf(lines: readonly Placed[], code: string): { status: Status; rank: string; index: number; count: number } | null {
  const line = lines.find((l) => l.code === code);
  if (!line) return null;
  const column = linesInStatus(lines, line.status);
  return { status: line.status, rank: line.rank, index: column.findIndex((l) => l.code === code), count: column.length };
}
