import { linesInStatus, type ActionLine, type Status } from '../domain';
import { planLineMove, rebalancedRecords } from '../domain/rank';
import type { MoveOptions } from './actionLineRepository';
import type { TrackerDatabase } from './database';
import { recordedWrite, storedRecord } from './recordedWrite';
import { assertUnchanged } from './staleWrite';

/**
 * Moves a line to position `toIndex` of a status column and records the status or position change
 * in the history, in one transaction. It reads only the line and that column and writes only the
 * line, with a key between its new neighbours', and its history entry; when the column must be
 * given fresh keys (rank.ts), their new keys too.
 */
export async function writeLineMove(
  db: TrackerDatabase,
  code: string,
  toStatus: Status,
  toIndex: number,
  { expected, rank, now = new Date().toISOString() }: MoveOptions = {},
): Promise<void> {
  const read = async () => ({
    line: await storedRecord(db.actionLines, code, 'Action line'),
    column: await db.actionLines.where('status').equals(toStatus).toArray(),
  });
  return recordedWrite(db, db.actionLines, read, ({ line, column }) => {
    assertUnchanged(line, expected);
    const isStatusChange = line.status !== toStatus;
    const fromIndex = linesInStatus(column, toStatus).findIndex((other) => other.code === code);
    const index = Math.max(0, Math.min(toIndex, column.length - (isStatusChange ? 0 : 1)));
    if (!isStatusChange && index === fromIndex) return null;
    const placement = planLineMove(column, code, toStatus, index, rank);
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

/** A status a person chose: its source becomes "person"; a line completed now gets this year unless it has one. */
function statusSetByPerson(line: ActionLine, toStatus: Status, now: string): Partial<ActionLine> {
  const completedYear = toStatus === 'Completed' && line.completedYear === null ? Number(now.slice(0, 4)) : line.completedYear;
  return { statusSource: 'person', completedYear };
}
