import { describe, expect, it } from 'vitest';
import { linesInStatus } from '../domain';
import { createTestDatabase } from '../../tests/helpers/testDatabase';
import { TrackerDatabase } from './database';
import { moveActionLine } from './actionLineRepository';
import { updateActionLine } from './actionLineEdits';
import { addMilestone, deleteMilestone, updateMilestone } from './milestoneRepository';
import { updatePriorityItem } from './priorityItemRepository';
import { readSettings } from './readRepository';
import { StaleWriteError } from './staleWrite';

describe('seeding', () => {
  it('seeds the 24 lines, 3 areas and 7 priority items on first open', async () => {
    const db = createTestDatabase();
    expect(await db.actionLines.count()).toBe(24);
    expect(await db.areas.count()).toBe(3);
    expect(await db.priorityItems.count()).toBe(7);
    const settings = await readSettings(db);
    expect(settings.strategy?.source.file).toBe('003_90b6a69094807c00.txt');
    db.close();
  });

  it('never seeds again when the database is reopened, as by a reload or a second tab', async () => {
    const first = createTestDatabase();
    await first.actionLines.delete('E7');
    const second = new TrackerDatabase(first.name);
    expect(await second.actionLines.count()).toBe(23);
    expect(await second.priorityItems.count()).toBe(7);
    first.close();
    second.close();
  });
});

describe('moveActionLine', () => {
  it('changes the status and appends a history entry', async () => {
    const db = createTestDatabase();
    await moveActionLine(db, 'E1', 'Ongoing', 0, { now: '2026-02-01T10:00:00.000Z' });
    expect((await db.actionLines.get('E1'))?.status).toBe('Ongoing');
    const history = await db.historyEntries.where('lineCode').equals('E1').toArray();
    expect(history).toMatchObject([{ field: 'status', from: 'To be started', to: 'Ongoing', at: '2026-02-01T10:00:00.000Z' }]);
    const ongoing = linesInStatus(await db.actionLines.toArray(), 'Ongoing').map((l) => l.code);
    expect(ongoing).toHaveLength(17);
    expect(ongoing[0]).toBe('E1');
  });

  it('puts a line at the position asked, between its new neighbours', async () => {
    const db = createTestDatabase();
    const before = linesInStatus(await db.actionLines.toArray(), 'Ongoing').map((l) => l.code);
    await moveActionLine(db, 'E1', 'Ongoing', 5);
    await moveActionLine(db, before[0] ?? '', 'Ongoing', 99);
    const after = linesInStatus(await db.actionLines.toArray(), 'Ongoing').map((l) => l.code);
    expect(after).toEqual([...before.slice(1, 5), 'E1', ...before.slice(5), before[0]]);
  });

  it('records a reorder within a column as a position change', async () => {
    const db = createTestDatabase();
    await moveActionLine(db, 'M3', 'Completed', 0);
    const history = await db.historyEntries.toArray();
    expect(history).toMatchObject([{ lineCode: 'M3', field: 'position', from: '2', to: '1' }]);
  });

  it('writes nothing when the history write fails', async () => {
    const db = createTestDatabase();
    db.historyEntries.hook('creating', () => {
      throw new Error('injected failure');
    });
    await expect(moveActionLine(db, 'E1', 'Completed', 0)).rejects.toThrow('injected failure');
    expect((await db.actionLines.get('E1'))?.status).toBe('To be started');
    expect(await db.historyEntries.count()).toBe(0);
  });

  it('refuses an unknown line', async () => {
    const db = createTestDatabase();
    await expect(moveActionLine(db, 'X9', 'Completed', 0)).rejects.toThrow('X9');
  });
});

describe('updateActionLine', () => {
  it('writes one history entry per changed field', async () => {
    const db = createTestDatabase();
    await updateActionLine(db, 'M2', { leadUnit: 'BDT', notes: 'Consulted SAGs', title: 'Review Sector membership benefits and fees' });
    const history = await db.historyEntries.where('lineCode').equals('M2').toArray();
    expect(history.map((entry) => [entry.field, entry.from, entry.to])).toEqual([
      ['leadUnit', null, 'BDT'],
      ['notes', null, 'Consulted SAGs'],
    ]);
    expect((await db.actionLines.get('M2'))?.leadUnit).toBe('BDT');
  });

  it('leaves the line and history untouched when the write fails', async () => {
    const db = createTestDatabase();
    db.historyEntries.hook('creating', () => {
      throw new Error('injected failure');
    });
    await expect(updateActionLine(db, 'M2', { leadUnit: 'TSB' })).rejects.toThrow();
    expect((await db.actionLines.get('M2'))?.leadUnit).toBe('');
  });

  it('refuses, writing nothing, when the stored value is no longer the one the change started from', async () => {
    const db = createTestDatabase();
    await updateActionLine(db, 'M2', { notes: 'From tab A' });
    const write = updateActionLine(db, 'M2', { notes: '' }, { expected: { notes: '' } });
    await expect(write).rejects.toBeInstanceOf(StaleWriteError);
    expect((await db.actionLines.get('M2'))?.notes).toBe('From tab A');
    expect(await db.historyEntries.where('lineCode').equals('M2').count()).toBe(1);
  });
});

/** The milestones M2's record holds, in their stored order. */
const milestonesOfM2 = async (db: TrackerDatabase) => (await db.actionLines.get('M2'))?.milestones ?? [];

const M2_MILESTONE = { lineCode: 'M2', target: null, status: 'Ongoing' as const, completedOn: null, rank: 'a0', updatedAt: null, updatedBy: null };

describe('milestones and priority items', () => {
  it('records adding, editing and deleting a milestone in the line history', async () => {
    const db = createTestDatabase();
    await addMilestone(db, { id: 'm1', lineCode: 'M2', title: 'Consult SAGs', target: 'Q1 2026', status: 'Ongoing', completedOn: null, rank: 'a0', updatedAt: null, updatedBy: null });
    await updateMilestone(db, { lineCode: 'M2', id: 'm1' }, { status: 'Completed', completedOn: '2026-03-10' });
    await deleteMilestone(db, { lineCode: 'M2', id: 'm1' });
    const fields = (await db.historyEntries.where('lineCode').equals('M2').toArray()).map((entry) => entry.field);
    expect(fields).toEqual(['milestone', 'milestone.status', 'milestone.completedOn', 'milestone']);
    expect(await milestonesOfM2(db)).toEqual([]);
  });

  it('keeps both of two edits made at once to two milestones of one line', async () => {
    const db = createTestDatabase();
    await addMilestone(db, { ...M2_MILESTONE, id: 'a', title: 'Consult' });
    await addMilestone(db, { ...M2_MILESTONE, id: 'b', title: 'Draft', rank: 'a1' });
    await Promise.all([
      updateMilestone(db, { lineCode: 'M2', id: 'a' }, { title: 'Consult the SAGs' }),
      updateMilestone(db, { lineCode: 'M2', id: 'b' }, { status: 'Completed', completedOn: '2026-03-10' }),
    ]);
    expect((await milestonesOfM2(db)).map((m) => [m.id, m.title, m.status])).toEqual([
      ['a', 'Consult the SAGs', 'Ongoing'],
      ['b', 'Draft', 'Completed'],
    ]);
  });

  it('stamps the milestone a change is about, and neither its line nor its other milestones', async () => {
    const db = createTestDatabase();
    const lineBefore = await db.actionLines.get('M2');
    await addMilestone(db, { ...M2_MILESTONE, id: 'a', title: 'Consult' }, '2026-03-01T09:00:00.000Z');
    await addMilestone(db, { ...M2_MILESTONE, id: 'b', title: 'Draft', rank: 'a1' }, '2026-03-02T09:00:00.000Z');
    await updateMilestone(db, { lineCode: 'M2', id: 'a' }, { title: 'Consult the SAGs' }, { now: '2026-03-03T09:00:00.000Z' });
    expect((await milestonesOfM2(db)).map((m) => [m.id, m.updatedAt])).toEqual([
      ['a', '2026-03-03T09:00:00.000Z'],
      ['b', '2026-03-02T09:00:00.000Z'],
    ]);
    expect((await db.actionLines.get('M2'))?.updatedAt).toBe(lineBefore?.updatedAt);
  });

  it('puts a milestone whose key is taken at the end, and one whose key is free in its place', async () => {
    const db = createTestDatabase();
    await addMilestone(db, { ...M2_MILESTONE, id: 'a', title: 'First' });
    await addMilestone(db, { ...M2_MILESTONE, id: 'b', title: 'Second' });
    await addMilestone(db, { ...M2_MILESTONE, id: 'c', title: 'Between', rank: 'a0V' });
    expect((await milestonesOfM2(db)).map((m) => m.id)).toEqual(['a', 'c', 'b']);
  });

  it('refuses a milestone for a line that does not exist, writing nothing', async () => {
    const db = createTestDatabase();
    await expect(
      addMilestone(db, { id: 'm2', lineCode: 'Q9', title: 'x', target: null, status: 'Ongoing', completedOn: null, rank: 'a0', updatedAt: null, updatedBy: null }),
    ).rejects.toThrow('Q9');
    expect((await db.actionLines.toArray()).flatMap((line) => line.milestones)).toEqual([]);
    expect(await db.historyEntries.count()).toBe(0);
  });

  it('records a priority item change', async () => {
    const db = createTestDatabase();
    await updatePriorityItem(db, 'priority-v1', { milestone: 'Ongoing' });
    expect(await db.historyEntries.toArray()).toMatchObject([
      { entity: 'priorityItem', lineCode: 'V1', field: 'priorityItem.milestone', from: 'To be started', to: 'Ongoing' },
    ]);
  });
});
