import { describe, expect, it } from 'vitest';
import { movePriorityItem } from './priorityItemRepository';
import { StaleWriteError } from './staleWrite';
import { createTestDatabase } from '../../tests/helpers/testDatabase';

const idsInOrder = async (db: ReturnType<typeof createTestDatabase>) => (await db.priorityItems.orderBy('rank').toArray()).map((item) => item.id);

describe('movePriorityItem', () => {
  it('moves one item, writing only it, and records its positions', async () => {
    const db = createTestDatabase();
    const [first, second, ...rest] = await idsInOrder(db);
    const others = await db.priorityItems.where('id').noneOf([first ?? '']).toArray();
    await movePriorityItem(db, first ?? '', 1, { now: '2026-01-15T10:00:00.000Z' });
    expect(await idsInOrder(db)).toEqual([second, first, ...rest]);
    expect(await db.priorityItems.where('id').noneOf([first ?? '']).toArray()).toEqual(others);
    const history = await db.historyEntries.toArray();
    expect(history.map((entry) => [entry.lineCode, entry.field, entry.from, entry.to])).toEqual([['M1b', 'priorityItem.order', '1', '2']]);
  });

  it('writes nothing when the item is already there', async () => {
    const db = createTestDatabase();
    await movePriorityItem(db, 'priority-m1b', 0);
    expect(await db.historyEntries.count()).toBe(0);
  });

  it('refuses, writing nothing, an unknown item and one no longer at the expected position', async () => {
    const db = createTestDatabase();
    await expect(movePriorityItem(db, 'nope', 0)).rejects.toThrow('nope');
    await expect(movePriorityItem(db, 'nope', 0, { expectedIndex: 1 })).rejects.toBeInstanceOf(StaleWriteError);
    await expect(movePriorityItem(db, 'priority-m3', 0, { expectedIndex: 2 })).rejects.toBeInstanceOf(StaleWriteError);
    expect(await idsInOrder(db)).toEqual(['priority-m1b', 'priority-m3', 'priority-m2', 'priority-m7', 'priority-v1', 'priority-v6', 'priority-m8']);
    expect(await db.historyEntries.count()).toBe(0);
  });
});
