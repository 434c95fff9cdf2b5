import { describe, expect, it } from 'vitest';
import validSmallV1 from '../../../tests/snapshots/valid-small.json?raw';
import { buildSeedActionLines, SEED_PRIORITY_ITEMS } from '../seed/resourceMobilizationStrategy';
import { asVersion1Item, asVersion1Line } from '../../../tests/helpers/olderRecords';
import { withPositions } from '../rank';
import { checkSnapshotText } from './validate';

describe('snapshot format 1', () => {
  it('still imports, with its lines set by a person and its data kept', () => {
    const older = JSON.parse(validSmallV1) as { formatVersion: number; actionLines: Record<string, unknown>[] };
    expect(older.formatVersion).toBe(1);
    const check = checkSnapshotText(validSmallV1);
    if (!check.ok) throw new Error(JSON.stringify(check.issues));
    expect(check.upgradedFrom).toBe(1);
    expect(check.snapshot.formatVersion).toBe(4);
    check.snapshot.actionLines.forEach((line, index) => {
      expect(line).toEqual({ ...older.actionLines[index], statusSource: 'person', statusEvidence: [], statusReason: '', completedYear: line.completedYear, updatedBy: null });
    });
  });

  it('gives lines still as seeded the seed evidence, and completed lines the year of their history entry', () => {
    const seed = withPositions({ actionLines: buildSeedActionLines('2026-01-10T08:00:00.000Z'), milestones: [], priorityItems: SEED_PRIORITY_ITEMS });
    const e1 = seed.actionLines.find((line) => line.code === 'E1');
    const m6 = seed.actionLines.find((line) => line.code === 'M6');
    if (!e1 || !m6) throw new Error('The seed has E1 and M6.');
    const file = {
      format: 'action-line-tracker-snapshot',
      formatVersion: 1,
      exportedAt: '2026-01-15T09:30:00.000Z',
      reportingDate: '2026-01-15',
      label: 'old',
      appVersion: '0.1.0',
      areas: [
        { code: 'E', name: 'Leverage events, products, and services', order: 0, objectives: ['Help better leverage events', 'Help better leverage products and services'] },
        { code: 'M', name: 'Strengthen membership', order: 1, objectives: ['Strengthen overall member engagement'] },
      ],
      actionLines: [{ ...asVersion1Line(e1), target: null }, { ...asVersion1Line(m6), status: 'Completed' }],
      milestones: [],
      priorityItems: seed.priorityItems.filter((item) => item.lineCode === 'M2').map((item) => ({ ...asVersion1Item(item), lineCode: 'M6' })),
      settings: { reportingDate: null, seededAt: null, strategy: null },
      history: [{ id: 1, at: '2025-11-03T10:00:00.000Z', entity: 'actionLine', entityId: 'M6', lineCode: 'M6', field: 'status', from: 'Ongoing', to: 'Completed' }],
    };
    const check = checkSnapshotText(JSON.stringify(file));
    if (!check.ok) throw new Error(JSON.stringify(check.issues));
    const [upgradedE1, upgradedM6] = check.snapshot.actionLines;
    expect(upgradedE1).toEqual(e1);
    expect(upgradedM6).toMatchObject({ status: 'Completed', statusSource: 'person', statusEvidence: [], completedYear: 2025 });
    expect(check.snapshot.priorityItems[0]?.linkSource).toBe('person');
    expect(check.snapshot.areas.map((area) => area.objectives)).toEqual([[], ['Strengthen overall member engagement']]);
  });
});
