import { applyMove, diffForHistory, positionOf, type ActionLine, type Status } from '../domain';
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

/**
 * Moves a line to a status column and position, renumbering both columns, and records the
 * status or position change in the history, all in one transaction.
 */
export function moveActionLine(
  db: TrackerDatabase,
  code: string,
  toStatus: Status,
  toIndex: number,
  { expected, now = new Date().toISOString() }: WriteOptions<ActionLine> = {},
): Promise<void> {
  return recordedWrite(db, db.actionLines, () => db.actionLines.toArray(), (lines) => {
    const before = positionOf(lines, code);
    const stored = lines.find((line) => line.code === code);
    if (!before || !stored) throw new Error(`Action line ${code} does not exist.`);
    assertUnchanged(stored, expected);
    const moved = applyMove(lines, code, toStatus, toIndex);
    const changed = moved.filter((line, i) => line !== lines[i]);
    if (changed.length === 0) return null;
    const after = positionOf(moved, code);
    const isStatusChange = before.status !== toStatus;
    const context = { at: now, entity: 'actionLine' as const, entityId: code, lineCode: code };
    return {
      put: changed.map((line) => (line.code === code ? { ...line, ...(isStatusChange ? statusSetByPerson(line, toStatus, now) : {}), updatedAt: now } : line)),
      history: [
        isStatusChange
          ? { ...context, field: 'status', from: before.status, to: toStatus }
          : { ...context, field: 'position', from: String(before.index + 1), to: String((after?.index ?? 0) + 1) },
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
      throw new Error('Use moveActionLine to change a status, so both columns stay ordered.');
    }
    const after: ActionLine = { ...before, ...patch };
    const context = { at: now, entity: 'actionLine' as const, entityId: code, lineCode: code };
    return { put: [{ ...after, updatedAt: now }], history: diffForHistory(before, after, EDITABLE_LINE_FIELDS, context) };
  });
}
