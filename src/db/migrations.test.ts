import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import fixtureV1 from '../../tests/fixtures/tracker-db-v1.json';
import { TrackerDatabase } from './database';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from './schemaVersions';
import { describeOpenError } from './storageError';

interface DatabaseFixture {
  schemaVersion: number;
  tables: Record<string, unknown[]>;
}

/** One fixture per shipped schema version: each must open in today's code with its data intact. */
const FIXTURES: Record<number, DatabaseFixture> = { 1: fixtureV1 };

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
    for (const [table, rows] of Object.entries(fixture.tables)) {
      expect(await db.table(table).toArray()).toEqual(rows);
    }
    db.close();
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
    expect(await db.actionLines.toArray()).toEqual(fixtureV1.tables.actionLines);
    db.close();
  });
});
