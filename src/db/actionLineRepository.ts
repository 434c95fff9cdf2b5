import { diffForHistory, linesInStatus, loadKeyGeneration, type ActionLine, type Status } from '../domain';
import type { TrackerDatabase } from './database';
import { recordedWrite, storedRecord, type WriteOptions } from './recordedWrite';
import { assertUnchanged } from './staleWrite';

export const EDITABLE_LINE_FIELDS = [
  'status',
  'title',
  'text',
  'leadUnit',
  'target',
  'completedYear',
  'health',
  'healthReason',
  'notes',
] as const satisfies readonly (keyof ActionLine)[];

export type ActionLinePatch = Partial<Pick<ActionLine, (typeof EDITABLE_LINE_FIELDS)[number]>>;

export function listActionLines(db: TrackerDatabase): Promise<ActionLine[]> {
  return db.actionLines.toArray();
}

export interface MoveOptions extends WriteOptions<ActionLine> {
  /** The key the move would like the line to take (an undone move's old key): kept if it still fits at `toIndex`. */
  rank?: string;
}

/**
 * Moves a line to position `toIndex` of a status column and records the status or position change
 * in the history, in one transaction. It reads only the line and that column and writes only the
 * line, with a key between its new neighbours', and its history entry; when the column must be
 * given fresh keys (rank.ts), their new keys too.
 */
export async function moveActionLine(
  db: TrackerDatabase,
  code: string,
  toStatus: Status,
  toIndex: number,
  { expected, rank, now = new Date().toISOString() }: MoveOptions = {},
): Promise<void> {
  const { planLineMove, rebalancedRecords } = await loadKeyGeneration();
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

/**
 * Records that a person checked a line's status against the source: the status stays, its
 * source becomes "person", and the history keeps what the source was before.
 */
export function confirmActionLineStatus(db: TrackerDatabase, code: string, now: string = new Date().toISOString()): Promise<void> {
  return recordedWrite(db, db.actionLines, () => storedRecord(db.actionLines, code, 'Action line'), (line) =>
    line.statusSource === 'person'
      ? null
      : {
          put: [{ ...line, statusSource: 'person' as const, updatedAt: now }],
          history: [{ at: now, entity: 'actionLine', entityId: code, lineCode: code, field: 'statusConfirmed', from: line.statusSource, to: line.status }],
        },
  );
}

/** Applies a patch to one line and appends one history entry per changed field, atomically. */
export function updateActionLine(
  db: TrackerDatabase,
  code: string,
  patch: ActionLinePatch,
  { expected, now = new Date().toISOString() }: WriteOptions<ActionLine> = {},
): Promise<void> {
  return recordedWrite(db, db.actionLines, () => storedRecord(db.actionLines, code, 'Action line'), (before) => {
    assertUnchanged(before, expected);
    if (patch.status && patch.status !== before.status) {
      throw new Error('Use moveActionLine to change a status, so the line takes its place in the new column.');
    }
    const after: ActionLine = { ...before, ...patch };
    const context = { at: now, entity: 'actionLine' as const, entityId: code, lineCode: code };
    return { put: [{ ...after, updatedAt: now }], history: diffForHistory(before, after, EDITABLE_LINE_FIELDS, context) };
  });
}
