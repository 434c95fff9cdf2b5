import type { ActionLine, Status } from '../domain';
import type { StoredActionLine, TrackerDatabase } from './database';
import type { WriteOptions } from './recordedWrite';

/** The lines, each with its milestones. */
export function listActionLines(db: TrackerDatabase): Promise<StoredActionLine[]> {
  return db.actionLines.toArray();
}

/**
 * How many lines' statuses are inferred, and of how many lines, read from the keys alone: the
 * source note shows it on every page, and reading the lines for it took 0.5 s at 2,000 lines x 10
 * and 4x, while the page waited for the new tracker after joining a team.
 */
export function countInferredStatusLines(db: TrackerDatabase): Promise<{ inferred: number; total: number }> {
  return db.transaction('r', db.actionLines, async () => {
    const [inferred, total] = await Promise.all([db.actionLines.where('statusSource').equals('inferred').count(), db.actionLines.count()]);
    return { inferred, total };
  });
}

export interface MoveOptions extends WriteOptions<ActionLine> {
  /** The key the move would like the line to take (an undone move's old key): kept if it still fits at `toIndex`. */
  rank?: string;
}

let lineMove: typeof import('./lineMove') | undefined;

/**
 * The move's code (lineMove.ts), with the key generation it needs: not part of the board's first
 * load (0.1 kB gzip), and kept once loaded, so a move's write starts without waiting a task for
 * `import()` (see loadKeyGeneration).
 */
export async function loadMoveCode(): Promise<typeof import('./lineMove')> {
  lineMove ??= await import('./lineMove');
  return lineMove;
}

/** Moves a line to position `toIndex` of a status column and records the change (lineMove.ts). */
export async function moveActionLine(db: TrackerDatabase, code: string, toStatus: Status, toIndex: number, options: MoveOptions = {}): Promise<void> {
  const { writeLineMove } = lineMove ?? (await loadMoveCode());
  return writeLineMove(db, code, toStatus, toIndex, options);
}
