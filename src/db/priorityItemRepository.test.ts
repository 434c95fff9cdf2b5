import { describe, expect, it } from 'vitest';
import { reorderPriorityItems } from './priorityItemRepository';
import { createTestDatabase } from '../../tests/helpers/testDatabase';

describe('reorderPriorityItems', () => {
  it('renumbers in one transaction and records each moved position', async () => {
    const db = createTestDatabase();
    const ids = (await db.priorityItems.orderBy('order').toArray()).map((item) => item.id);
    const [first, second, ...rest] = ids;
    await reorderPriorityItems(db, [second!, first!, ...rest], { now: '2026-01-15T10:00:00.000Z' });
    expect((await db.priorityItems.orderBy('order').toArray()).map((item) => item.id)).toEqual([second, first, ...rest]);
    const history = await db.history.toArray();
    expect(history.map((entry) => [entry.lineCode, entry.field, entry.from, entry.to])).toEqual([
      ['M3', 'priorityItem.order', '1', '0'],
      ['M1b', 'priorityItem.order', '0', '1'],
    ]);
  });

  it('changes nothing when an id is unknown', async () => {
    const db = createTestDatabase();
    await expect(reorderPriorityItems(db, ['nope', 'priority-m1b'])).rejects.toThrow('nope');
    expect((await db.priorityItems.get('priority-m1b'))?.order).toBe(0);
    expect(await db.history.count()).toBe(0);
  });
});
