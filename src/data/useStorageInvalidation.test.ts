import { describe, expect, it } from 'vitest';
import { touchedTables } from './useStorageInvalidation';

describe('touchedTables', () => {
  it('names the tables of this database only', () => {
    const parts = {
      'idb://tracker/actionLines/': {},
      'idb://tracker/actionLines/status': {},
      'idb://tracker/history/': {},
      'idb://other-db/milestones/': {},
      all: {},
    };
    expect([...touchedTables(parts, 'tracker')].sort()).toEqual(['actionLines', 'history']);
  });
});
