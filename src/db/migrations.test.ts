import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import fixtureV1 from '../../tests/fixtures/tracker-db-v1.json';
import fixtureV2 from '../../tests/fixtures/tracker-db-v2.json';
import fixtureV3 from '../../tests/fixtures/tracker-db-v3.json';
import fixtureV4 from '../../tests/fixtures/tracker-db-v4.json';
import fixtureV5 from '../../tests/fixtures/tracker-db-v5.json';
import fixtureV6 from '../../tests/fixtures/tracker-db-v6.json';
import fixtureV7 from '../../tests/fixtures/tracker-db-v7.json';
import fixtureV8 from '../../tests/fixtures/tracker-db-v8.json';
import fixtureV9 from '../../tests/fixtures/tracker-db-v9.json';
import { SEED_AREAS, SEED_PRIORITY_ITEMS, buildSeedActionLines, linesInStatus, sortByRank } from '../domain';
import { withPositions } from '../domain/rank';
import { asVersion1Item, asVersion1Line } from '../../tests/helpers/olderRecords';
import { storedMilestone, storedMilestones } from '../../tests/helpers/testDatabase';
import { TrackerDatabase } from './database';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from './schemaVersions';
import { describeOpenError } from './storageError';

interface DatabaseFixture {
  schemaVersion: number;
  tables: Record<string, unknown[]>;
}

/** One fixture per shipped schema version: each must open in today's code with its data intact. */
const FIXTURES: Record<number, DatabaseFixture> = { 1: fixtureV1, 2: fixtureV2, 3: fixtureV3, 4: fixtureV4, 5: fixtureV5, 6: fixtureV6, 7: fixtureV7, 8: fixtureV8, 9: fixtureV9 };

/** Each fixture's tables as the current version reads them: the next fixture is the previous one upgraded. */
const CURRENT_TABLES = (FIXTURES[CURRENT_SCHEMA_VERSION] as DatabaseFixture).tables;

/** The device id the version 4 fixture was written with; an upgrade makes a random one. */
const FIXTURE_DEVICE = fixtureV7.tables.settings.find((setting) => setting.key === 'deviceId')?.value ?? '';

/** The current fixture's rows of `table`, with the device id the opened database holds in the fixture's place. */
async function expectedRows(db: TrackerDatabase, table: string): Promise<unknown[]> {
  const device = (await db.settings.get('deviceId'))?.value;
  return JSON.parse(JSON.stringify(CURRENT_TABLES[table]).replaceAll(FIXTURE_DEVICE, String(device))) as unknown[];
}

/**
 * Records by their key, each without its place (a number before version 3, a key since) and
 * without the fields version 4 adds (`added`).
 */
function unplaced(records: readonly object[], key: 'code' | 'id', added: readonly string[]): Record<string, Record<string, unknown>> {
  return Object.fromEntries(
    records.map((record) => {
      const fields = Object.entries(record).filter(([field]) => field !== 'order' && field !== 'rank' && !added.includes(field));
      return [String((record as Record<string, unknown>)[key]), Object.fromEntries(fields)];
    }),
  );
}

let counter = 0;
const uniqueName = () => `migration-${counter++}-${Math.random().toString(36).slice(2)}`;

/** Writes a fixture with the schema of its own version, as the app of that time would have. */
async function createFixtureDatabase(fixture: DatabaseFixture): Promise<string> {
  const name = uniqueName();
  const old = new Dexie(name);
  for (const version of SCHEMA_VERSIONS.filter((v) => v.version <= fixture.schemaVersion)) {
    old.version(version.version).stores(version.stores);
  }
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(rows);
  });
  old.close();
  return name;
}

describe('schema versions', () => {
  it('has a fixture for every shipped version', () => {
    expect(Object.keys(FIXTURES).map(Number)).toEqual(SCHEMA_VERSIONS.map((v) => v.version));
  });

  it.each(Object.values(FIXTURES))('opens a version $schemaVersion database with its data intact and unseeded', async (fixture) => {
    const name = await createFixtureDatabase(fixture);
    const db = new TrackerDatabase(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    for (const table of Object.keys(CURRENT_TABLES)) {
      expect(await db.table(table).toArray()).toEqual(await expectedRows(db, table));
    }
    db.close();
  });

  it('gives lines still as seeded by version 1 the seed evidence, and keeps their data', async () => {
    const seededAt = '2026-01-10T08:00:00.000Z';
    const seedLines = buildSeedActionLines(seededAt);
    // What the version 1 seed stored: no evidence fields, no targets for the lines to be started,
    // and the strategy's objectives spread over the areas.
    const seed = withPositions({ actionLines: seedLines, milestones: [], priorityItems: SEED_PRIORITY_ITEMS });
    const v1Lines = seed.actionLines.map((line) => ({ ...asVersion1Line(line), target: line.status === 'To be started' ? null : line.target }));
    const v1Items = seed.priorityItems.map(asVersion1Item);
    const v1Areas = [
      { ...SEED_AREAS[0], objectives: ['Encourage Member States to maintain or increase their unit contributions', 'Strengthen Sector Member engagement and revenues', 'Strengthen overall member engagement'] },
      { ...SEED_AREAS[1], objectives: ['Help better leverage events', 'Help better leverage products and services'] },
      { ...SEED_AREAS[2], objectives: ['Increase voluntary contributions'] },
    ];
    const name = await createFixtureDatabase({
      schemaVersion: 1,
      tables: { actionLines: v1Lines, priorityItems: v1Items, areas: v1Areas, settings: [{ key: 'seededAt', value: seededAt }] },
    });
    const db = new TrackerDatabase(name);
    await db.open();
    expect(await db.actionLines.orderBy('code').toArray()).toEqual(
      [...seedLines].sort((a, b) => (a.code < b.code ? -1 : 1)).map((line) => ({ ...line, milestones: [] })),
    );
    expect((await db.actionLines.toArray()).filter((line) => line.statusSource === 'inferred')).toHaveLength(10);
    expect(await db.priorityItems.orderBy('rank').toArray()).toEqual(SEED_PRIORITY_ITEMS);
    expect(await db.areas.orderBy('order').toArray()).toEqual(SEED_AREAS);
    db.close();
  });

  it('gives the lines, milestones and priority items of a version 2 database keys in their stored order, keeping every other value', async () => {
    const { actionLines, milestones, priorityItems } = fixtureV2.tables;
    const [line] = actionLines;
    const [milestone] = milestones;
    const [item] = priorityItems;
    if (!line || !milestone || !item) throw new Error('The fixture has a line, a milestone and a priority item.');
    // Numbers as version 2 left them: gaps, ties (broken by code or id) and groups of their own.
    const lines = [...actionLines, ...[['M5', 2], ['M4', 0], ['M9', 1], ['M8', 1]].map(([code, order]) => ({ ...line, code, status: 'Ongoing', order }))];
    const lineMilestones = [...milestones, { ...milestone, id: 'ms-0', order: 0 }, { ...milestone, id: 'ms-2', lineCode: 'M3', order: 4 }];
    const items = [...priorityItems, { ...item, id: 'priority-b', order: 1 }, { ...item, id: 'priority-a', order: 1 }];
    // ms-1 keeps its number 0 from the fixture: it ties with ms-0 and comes after it by id.
    const name = await createFixtureDatabase({ schemaVersion: 2, tables: { ...fixtureV2.tables, actionLines: lines, milestones: lineMilestones, priorityItems: items } });
    const db = new TrackerDatabase(name);
    await db.open();
    const stored = { actionLines: await db.actionLines.toArray(), milestones: await storedMilestones(db), priorityItems: await db.priorityItems.toArray() };
    expect(linesInStatus(stored.actionLines, 'Ongoing').map((l) => l.code)).toEqual(['M3', 'M4', 'M8', 'M9', 'M5']);
    expect(sortByRank(stored.milestones.filter((m) => m.lineCode === 'M2')).map((m) => m.id)).toEqual(['ms-0', 'ms-1']);
    expect((await db.priorityItems.orderBy('rank').toArray()).map((i) => i.id)).toEqual(['priority-m2', 'priority-a', 'priority-b']);
    expect([...stored.actionLines, ...stored.milestones, ...stored.priorityItems].every((record) => !('order' in record))).toBe(true);
    expect(unplaced(stored.actionLines, 'code', ['updatedBy', 'milestones'])).toEqual(unplaced(lines, 'code', []));
    expect(unplaced(stored.milestones, 'id', ['updatedAt', 'updatedBy'])).toEqual(unplaced(lineMilestones, 'id', []));
    expect(unplaced(stored.priorityItems, 'id', ['updatedAt', 'updatedBy'])).toEqual(unplaced(items, 'id', []));
    db.close();
  });

  it('gives the history entries of a version 3 database ULIDs in their old order, authors, this device, and every record its last change', async () => {
    const [entry] = fixtureV3.tables.history;
    const [milestone] = fixtureV3.tables.milestones;
    if (!entry || !milestone) throw new Error('The fixture has a history entry and a milestone.');
    // Numbers as version 3 left them: equal times (broken by number), and numbers out of time order.
    const at = (minute: number) => `2026-03-02T09:0${minute}:00.000Z`;
    const history = [
      { ...entry, id: 2, at: at(1) },
      { ...entry, id: 3, at: at(1), field: 'notes' },
      { ...entry, id: 4, at: at(0), field: 'health' },
      { ...entry, id: 5, at: at(2), entity: 'milestone', entityId: milestone.id, field: 'milestone.title' },
      { ...entry, id: 6, at: at(1), entity: 'milestone', entityId: milestone.id, field: 'milestone.status' },
    ];
    const name = await createFixtureDatabase({ schemaVersion: 3, tables: { ...fixtureV3.tables, history: [...fixtureV3.tables.history, ...history] } });
    const db = new TrackerDatabase(name);
    await db.open();
    const device = (await db.settings.get('deviceId'))?.value;
    expect(device).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    const entries = await db.historyEntries.toArray();
    // In key order: by time, then by old number.
    expect(entries.map((e) => [e.at, e.field])).toEqual([
      ['2026-03-01T09:00:00.000Z', 'status'],
      [at(0), 'health'],
      [at(1), 'status'],
      [at(1), 'notes'],
      [at(1), 'milestone.status'],
      [at(2), 'milestone.title'],
    ]);
    expect(entries.every((e) => e.author === null && e.device === device)).toBe(true);
    expect(db.tables.map((table) => table.name)).not.toContain('history');
    expect(await storedMilestone(db, milestone.id)).toMatchObject({ updatedAt: at(2), updatedBy: null });
    expect(await db.priorityItems.toArray()).toMatchObject([{ updatedAt: null, updatedBy: null }]);
    expect((await db.actionLines.toArray()).every((line) => line.updatedBy === null)).toBe(true);
    db.close();
  });

  it("moves the milestones of a version 5 database into their lines' records, in key order, every field kept", async () => {
    const [milestone] = fixtureV5.tables.milestones;
    if (!milestone) throw new Error('The fixture has a milestone.');
    const milestones = [
      { ...milestone, id: 'ms-3', rank: 'a2', title: 'Third' },
      milestone,
      { ...milestone, id: 'ms-2', rank: 'a1', title: 'Second', updatedAt: '2026-03-02T09:00:00.000Z', updatedBy: 'Amina' },
      { ...milestone, id: 'ms-v7', lineCode: 'V7' },
    ];
    const name = await createFixtureDatabase({ schemaVersion: 5, tables: { ...fixtureV5.tables, milestones } });
    const db = new TrackerDatabase(name);
    await db.open();
    const lines = await db.actionLines.toArray();
    expect(lines.map((line) => [line.code, line.milestones.map((m) => m.id)])).toEqual([
      ['M2', ['ms-1', 'ms-2', 'ms-3']],
      ['M3', []],
      ['V7', ['ms-v7']],
    ]);
    expect(lines.flatMap((line) => line.milestones)).toEqual(expect.arrayContaining(milestones));
    expect(db.tables.map((table) => table.name)).not.toContain('milestones');
    db.close();
  });

  it('indexes the lines of a version 6 database by column and key, changing none of them', async () => {
    const name = await createFixtureDatabase(fixtureV6);
    const db = new TrackerDatabase(name);
    await db.open();
    const byKey = await db.actionLines.where('[status+rank]').between(['Ongoing', ''], ['Ongoing', '\uffff']).toArray();
    const stored = await db.actionLines.toArray();
    expect(byKey.map((line) => line.code)).toEqual(linesInStatus(stored, 'Ongoing').map((line) => line.code));
    expect(byKey.length).toBeGreaterThan(0);
    expect(stored).toEqual(await expectedRows(db, 'actionLines'));
    db.close();
  });

  it('indexes the lines of a version 8 database by the source of their status, changing none of them', async () => {
    const [first, ...others] = fixtureV8.tables.actionLines;
    if (!first) throw new Error('The fixture has a line.');
    const actionLines = [{ ...first, statusSource: 'inferred' }, ...others];
    const name = await createFixtureDatabase({ schemaVersion: 8, tables: { ...fixtureV8.tables, actionLines } });
    const db = new TrackerDatabase(name);
    await db.open();
    expect(await db.actionLines.where('statusSource').equals('inferred').primaryKeys()).toEqual([first.code]);
    expect(await db.actionLines.toArray()).toEqual(actionLines);
    db.close();
  });

  it('keeps version 5 as it was when a milestone names a line that does not exist', async () => {
    const [milestone] = fixtureV5.tables.milestones;
    if (!milestone) throw new Error('The fixture has a milestone.');
    const milestones = [milestone, { ...milestone, id: 'ms-lost', lineCode: 'Q9' }];
    const name = await createFixtureDatabase({ schemaVersion: 5, tables: { ...fixtureV5.tables, milestones } });
    const error = await new TrackerDatabase(name).open().then(
      () => null,
      (reason: unknown) => reason,
    );
    expect(describeOpenError(error)).toBe('upgrade');
    const old = new Dexie(name);
    await old.open();
    expect(old.verno).toBe(5);
    expect(await old.table('milestones').toArray()).toEqual(milestones);
    old.close();
  });

  it('leaves the old version and its data untouched when an upgrade throws', async () => {
    const name = await createFixtureDatabase(fixtureV1);

    const broken = new TrackerDatabase(name, [
      ...SCHEMA_VERSIONS,
      {
        version: CURRENT_SCHEMA_VERSION + 1,
        stores: { actionLines: 'code, areaCode, status, leadUnit' },
        upgrade: async (transaction) => {
          await transaction.table('actionLines').toCollection().modify({ leadUnit: 'changed' });
          throw new Error('upgrade failed halfway');
        },
      },
    ]);
    const error = await broken.open().then(
      () => null,
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(Error);
    expect(describeOpenError(error)).toBe('upgrade');
    broken.close();

    const db = new TrackerDatabase(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await db.actionLines.toArray()).toEqual(await expectedRows(db, 'actionLines'));
    db.close();
  });
});
