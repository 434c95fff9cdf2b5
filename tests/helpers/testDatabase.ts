import { TrackerDatabase } from '../../src/db';

let counter = 0;

/** A fresh, uniquely named database per test, so tests never share state. */
export function createTestDatabase(): TrackerDatabase {
  counter += 1;
  return new TrackerDatabase(`test-${counter}-${Math.random().toString(36).slice(2)}`);
}
