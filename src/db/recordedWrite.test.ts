import { describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../tests/helpers/testDatabase';
import type { HistoryChange, PriorityItem } from '../domain';
import type { TrackerDatabase } from './database';
import { recordedWrite, storedRecord } from './recordedWrite';
import { assertUnchanged, StaleWriteError } from './staleWrite';
import { describeStorageError } from './storageError';

const AT = '2026-03-01T09:00:00.000Z';

function item(id: string, text: string, rank: string): PriorityItem {
  return { id, lineCode: 'M2', text, milestone: 'Ongoing', target: 'Q1 2026', rank, linkSource: 'person', updatedAt: null, updatedBy: null };
}

function entry(entityId: string, field: string, from: string | null, to: string | null): HistoryChange {
  return { at: AT, entity: 'priorityItem', entityId, lineCode: 'M2', field, from, to };
}

async function withItems(...items: PriorityItem[]): Promise<TrackerDatabase> {
  const db = createTestDatabase();
  await db.priorityItems.clear();
  await db.priorityItems.bulkAdd(items);
  return db;
}

/** Appends `text` to M2's notes, reading the notes it appends to inside the write. */
function appendToNotes(db: TrackerDatabase, text: string): Promise<void> {
  return recordedWrite(db, db.actionLines, () => storedRecord(db.actionLines, 'M2', 'Action line'), (line) => ({
    put: [{ ...line, notes: line.notes + text }],
    history: [{ at: AT, entity: 'actionLine', entityId: 'M2', lineCode: 'M2', field: 'notes', from: line.notes, to: line.notes + text }],
  }));
}

describe('recordedWrite', () => {
  it('adds, replaces and deletes rows and appends the history entries of the change', async () => {
    const db = await withItems(item('a', 'Consult', 'a0'), item('b', 'Draft', 'a1'));
    await recordedWrite(db, db.priorityItems, () => db.priorityItems.toArray(), (stored) => ({
      add: [item('c', 'Publish', 'a2')],
      put: stored.filter((m) => m.id === 'a').map((m) => ({ ...m, text: 'Consult SAGs' })),
      delete: ['b'],
      history: [entry('c', 'priorityItem', null, 'Publish'), entry('a', 'priorityItem.text', 'Consult', 'Consult SAGs'), entry('b', 'priorityItem', 'Draft', null)],
    }));
    expect((await db.priorityItems.toArray()).map((m) => [m.id, m.text])).toEqual([
      ['a', 'Consult SAGs'],
      ['c', 'Publish'],
    ]);
    expect((await db.historyEntries.toArray()).map((e) => [e.entityId, e.field, e.from, e.to])).toEqual([
      ['c', 'priorityItem', null, 'Publish'],
      ['a', 'priorityItem.text', 'Consult', 'Consult SAGs'],
      ['b', 'priorityItem', 'Draft', null],
    ]);
  });

  it('writes nothing when the change is empty or records no difference', async () => {
    const db = await withItems(item('a', 'Consult', 'a0'));
    await recordedWrite(db, db.priorityItems, () => storedRecord(db.priorityItems, 'a', 'Priority item'), () => null);
    await recordedWrite(db, db.priorityItems, () => storedRecord(db.priorityItems, 'a', 'Priority item'), (stored) => ({
      put: [{ ...stored, text: 'Not recorded' }],
      history: [],
    }));
    expect((await db.priorityItems.get('a'))?.text).toBe('Consult');
    expect(await db.historyEntries.count()).toBe(0);
  });

  it('refuses a change whose expected value is no longer stored, writing nothing', async () => {
    const db = await withItems(item('a', 'Changed elsewhere', 'a0'));
    const write = recordedWrite(db, db.priorityItems, () => storedRecord(db.priorityItems, 'a', 'Priority item'), (stored) => {
      assertUnchanged(stored, { text: 'Consult' });
      return { put: [{ ...stored, text: 'Mine' }], history: [entry('a', 'priorityItem.text', 'Consult', 'Mine')] };
    });
    await expect(write).rejects.toBeInstanceOf(StaleWriteError);
    expect((await db.priorityItems.get('a'))?.text).toBe('Changed elsewhere');
    expect(await db.historyEntries.count()).toBe(0);
  });

  it('refuses a record that does not exist, naming it', async () => {
    const db = createTestDatabase();
    const write = recordedWrite(db, db.priorityItems, () => storedRecord(db.priorityItems, 'nope', 'Priority item'), () => null);
    await expect(write).rejects.toThrow('Priority item nope does not exist.');
  });

  it('leaves the rows as they were when the history cannot be appended', async () => {
    const db = await withItems(item('a', 'Consult', 'a0'));
    db.historyEntries.hook('creating', () => {
      throw new Error('injected failure');
    });
    const write = recordedWrite(db, db.priorityItems, () => storedRecord(db.priorityItems, 'a', 'Priority item'), (stored) => ({
      put: [{ ...stored, text: 'Mine' }],
      history: [entry('a', 'priorityItem.text', 'Consult', 'Mine')],
    }));
    await expect(write).rejects.toThrow('injected failure');
    expect((await db.priorityItems.get('a'))?.text).toBe('Consult');
  });

  it('surfaces a full storage as a quota error, writing nothing', async () => {
    const db = createTestDatabase();
    // Opened (and seeded, priority items included) before storage fills up.
    await db.open();
    db.priorityItems.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const write = recordedWrite(db, db.priorityItems, () => Promise.resolve(null), () => ({
      add: [item('a', 'Consult', 'a0')],
      history: [entry('a', 'priorityItem', null, 'Consult')],
    }));
    const error: unknown = await write.catch((caught: unknown) => caught);
    expect(describeStorageError(error)).toBe('quota');
    expect(await db.priorityItems.get('a')).toBeUndefined();
    expect(await db.historyEntries.count()).toBe(0);
  });

  it('adds a row whose key is taken as IndexedDB refuses it, writing nothing', async () => {
    const db = await withItems(item('a', 'Consult', 'a0'));
    const write = recordedWrite(db, db.priorityItems, () => Promise.resolve(null), () => ({
      add: [item('a', 'Duplicate', 'a1')],
      history: [entry('a', 'priorityItem', null, 'Duplicate')],
    }));
    await expect(write).rejects.toMatchObject({ name: 'ConstraintError' });
    expect((await db.priorityItems.get('a'))?.text).toBe('Consult');
    expect(await db.historyEntries.count()).toBe(0);
  });

  it('reads inside the write, so changes made at the same time never overwrite each other', async () => {
    const db = createTestDatabase();
    await Promise.all([appendToNotes(db, 'one;'), appendToNotes(db, 'two;')]);
    expect((await db.actionLines.get('M2'))?.notes).toBe('one;two;');
    expect(await db.historyEntries.where('lineCode').equals('M2').count()).toBe(2);
  });

  it('reads the tables it is given besides the one it writes', async () => {
    const db = createTestDatabase();
    const read = async () => (await storedRecord(db.actionLines, 'M2', 'Action line')).code;
    await recordedWrite(
      db,
      db.priorityItems,
      read,
      (lineCode) => ({ add: [{ ...item('a', 'Consult', 'a0'), lineCode }], history: [entry('a', 'priorityItem', null, 'Consult')] }),
      [db.actionLines],
    );
    expect((await db.priorityItems.get('a'))?.lineCode).toBe('M2');
  });
});
