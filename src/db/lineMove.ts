import { linesInStatus, type ActionLine, type Status } from '../domain';
import { planLineMove, rebalancedRecords, type Placement } from '../domain/rank';
import type { MoveOptions } from './actionLineRepository';
import type { StoredActionLine, TrackerDatabase } from './database';
import { recordedWrite, storedRecord } from './recordedWrite';
import { assertUnchanged } from './staleWrite';

/**
 * Moves a line to position `toIndex` of a status column and records the status or position change
 * in the history, in one transaction. It reads only the line and that column and writes only the
 * line, with a key between its new neighbours', and its history entry; when the column must be
 * given fresh keys (rank.ts), their new keys too. A move to another column with a key that still
 * fits there (the one the board planned) reads only the line, and counts.
 */
export async function writeLineMove(
  db: TrackerDatabase,
  code: string,
  toStatus: Status,
  toIndex: number,
  { expected, rank, now = new Date().toISOString() }: MoveOptions = {},
): Promise<void> {
  const read = async (): Promise<{ line: StoredActionLine; column: StoredActionLine[]; planned: Placement | null }> => {
    // Counted alongside the line's read, since each wait for IndexedDB queues behind the drop's render.
    const [line, fits] = await Promise.all([
      storedRecord(db.actionLines, code, 'Action line'),
      rank !== undefined && fitsAt(db, toStatus, toIndex, rank),
    ]);
    if (rank !== undefined && line.status !== toStatus && fits) {
      return { line, column: [], planned: { rank, rebalanced: [] } };
    }
    return { line, column: await db.actionLines.where('status').equals(toStatus).toArray(), planned: null };
  };
  return recordedWrite(db, db.actionLines, read, ({ line, column, planned }) => {
    assertUnchanged(line, expected);
    const isStatusChange = line.status !== toStatus;
    const fromIndex = linesInStatus(column, toStatus).findIndex((other) => other.code === code);
    const index = Math.max(0, Math.min(toIndex, column.length - (isStatusChange ? 0 : 1)));
    if (!isStatusChange && index === fromIndex) return null;
    const placement = planned ?? planLineMove(column, code, toStatus, index, rank);
    const moved = { ...line, status: toStatus, rank: placement.rank, ...(isStatusChange ? statusSetByPerson(line, toStatus, now) : {}), updatedAt: now };
    const context = { at: now, entity: 'actionLine' as const, entityId: code, lineCode: code };
    return {
      put: [moved, ...rebalancedRecords(column, (other) => other.code, placement)],
      history: [
        isStatusChange
          ? { ...context, field: 'status', from: line.status, to: toStatus }
          : { ...context, field: 'position', from: String(fromIndex + 1), to: String(index + 1) },
      ],
    };
  });
}

/**
 * Whether `rank` still places a line at `toIndex` of another column: exactly `toIndex` of the
 * column's lines (or all of them, when it has fewer) sort before it and none has the same key.
 * Counted on the [status+rank] index, so a drop planned on the board as stored reads no column:
 * reading a column of 667 lines took 200 ms of the move's transaction at 4x, the counts 15 ms.
 */
async function fitsAt(db: TrackerDatabase, status: Status, toIndex: number, rank: string): Promise<boolean> {
  const byKey = db.actionLines.where('[status+rank]');
  const [before, same, total] = await Promise.all([
    byKey.between([status, ''], [status, rank], true, false).count(),
    byKey.equals([status, rank]).count(),
    db.actionLines.where('status').equals(status).count(),
  ]);
  return same === 0 && before === Math.min(toIndex, total);
}

/** A status a person chose: its source becomes "person"; a line completed now gets this year unless it has one. */
function statusSetByPerson(line: ActionLine, toStatus: Status, now: string): Partial<ActionLine> {
  const completedYear = toStatus === 'Completed' && line.completedYear === null ? Number(now.slice(0, 4)) : line.completedYear;
  return { statusSource: 'person', completedYear };
}
