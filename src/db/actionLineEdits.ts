import { diffForHistory, type ActionLine } from '../domain';
import type { TrackerDatabase } from './database';
import { recordedWrite, storedRecord, type WriteOptions } from './recordedWrite';
import { assertUnchanged } from './staleWrite';

// Apart from the move (actionLineRepository.ts): only the card panel and undo edit a line, and
// they load after the board, so these stay out of its first load (0.5 kB gzip).
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
    const after = { ...before, ...patch };
    const context = { at: now, entity: 'actionLine' as const, entityId: code, lineCode: code };
    return { put: [{ ...after, updatedAt: now }], history: diffForHistory(before, after, EDITABLE_LINE_FIELDS, context) };
  });
}
