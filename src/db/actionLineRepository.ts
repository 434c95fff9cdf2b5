import type { ActionLine, Status } from '../domain';
import type { StoredActionLine, TrackerDatabase } from './database';
import type { WriteOptions } from './recordedWrite';

/** The lines, each with its milestones. */
export function listActionLines(db: TrackerDatabase): Promise<StoredActionLine[]> {
  return db.actionLines.toArray();
}

export interface MoveOptions extends WriteOptions<ActionLine> {
  /** The key the move would like the line to take (an undone move's old key): kept if it still fits at `toIndex`. */
  rank?: string;
}

/**
 * Moves a line to position `toIndex` of a status column and records the change (lineMove.ts). The
 * move's code loads with the first move, with the key generation it needs, not with the board:
 * 0.1 kB gzip off the first load.
 */
export async function moveActionLine(db: TrackerDatabase, code: string, toStatus: Status, toIndex: number, options: MoveOptions = {}): Promise<void> {
  const { writeLineMove } = await import('./lineMove');
  return writeLineMove(db, code, toStatus, toIndex, options);
}
