import type { HistoryEntity } from '../domain';
import { isTrackerSettingKey } from '../domain/trackerSettings';
import type { TrackerDatabase } from './database';
import { recordedWrite } from './recordedWrite';
import { tableOf } from './teamDocIds';
import { storeTrackerSetting } from './trackerSettingWrite';

const ENTITY_OF_KIND: Record<string, HistoryEntity> = {
  line: 'actionLine',
  priorityItem: 'priorityItem',
  indicator: 'indicator',
  period: 'indicatorPeriod',
};

/** How the other writes name a field in the history, so labels and "Revert this change" read it. */
const FIELD_PREFIX_OF_KIND: Record<string, string> = { priorityItem: 'priorityItem.', period: 'period.' };

function historyText(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  return typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value);
}

/** A tracker setting has no history of its own: its value and stamp go back to this browser's. */
function keepMySetting(db: TrackerDatabase, noticeId: string, key: string, now: string): Promise<void> {
  return db.transaction('rw', [db.settings, db.outbox, db.teamRevisions, db.syncNotices], async () => {
    const notice = await db.syncNotices.get(noticeId);
    if (!notice || !isTrackerSettingKey(key)) return;
    await storeTrackerSetting(db, key, notice.mine, now);
    await db.syncNotices.delete(noticeId);
  });
}

/**
 * "Use mine" on a conflict notice: the value of this browser's that lost becomes the record's value
 * again, as a new change (recorded in the history, pushed to the team), and the notice goes, in
 * one transaction. A value changed again since the notice is still replaced: the person chose.
 */
export async function keepMyValue(db: TrackerDatabase, noticeId: string, now: string = new Date().toISOString()): Promise<void> {
  const notice = await db.syncNotices.get(noticeId);
  if (notice?.kind !== 'conflict') return;
  const { table, kind, key } = tableOf(db, notice.docId);
  if (kind === 'setting') return keepMySetting(db, noticeId, key, now);
  const [top, milestoneId, milestoneField] = notice.field.split('/');
  const read = () => Promise.all([table.get(key), db.syncNotices.get(noticeId)]);
  await recordedWrite(
    db,
    table,
    read,
    ([record, current]) => {
      if (!current) return null;
      if (!record) throw new Error(`${notice.docId} does not exist any more.`);
      const stored = record as Record<string, unknown> & { milestones?: Record<string, unknown>[]; lineCode?: string; indicatorId?: string };
      // As the history keeps them: a line's entries under its code, an indicator's under its id.
      const context = { at: now, lineCode: kind === 'line' ? key : (stored.lineCode ?? stored.indicatorId ?? key) };
      if (top === 'milestones' && milestoneId && milestoneField) {
        const milestone = stored.milestones?.find((each) => each.id === milestoneId);
        if (!milestone) throw new Error(`Milestone ${milestoneId} does not exist any more.`);
        const milestones = stored.milestones?.map((each) => (each === milestone ? { ...each, [milestoneField]: notice.mine, updatedAt: now } : each));
        return {
          put: [{ ...stored, milestones }],
          history: [{ ...context, entity: 'milestone', entityId: milestoneId, field: `milestone.${milestoneField}`, from: historyText(milestone[milestoneField]), to: historyText(notice.mine) }],
          related: { table: db.syncNotices, delete: [noticeId] },
        };
      }
      return {
        put: [{ ...stored, [notice.field]: notice.mine, updatedAt: now }],
        history: [{ ...context, entity: ENTITY_OF_KIND[kind] ?? 'actionLine', entityId: key, field: `${FIELD_PREFIX_OF_KIND[kind] ?? ''}${notice.field}`, from: historyText(stored[notice.field]), to: historyText(notice.mine) }],
        related: { table: db.syncNotices, delete: [noticeId] },
      };
    },
    [db.syncNotices],
  );
}
