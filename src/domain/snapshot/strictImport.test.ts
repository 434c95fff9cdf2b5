import { describe, expect, it } from 'vitest';
import { serializeSnapshot } from './serialize';
import type { SourcePassage } from '../types';
import type { SnapshotMeta, TrackerData } from './schema';
import { checkSnapshotText } from './validate';

const META: SnapshotMeta = { exportedAt: '2026-01-15T09:30:00.000Z', reportingDate: '2026-01-15', label: 'test', appVersion: '0.1.0' };
const LINE = { areaCode: 'M', title: 'One', text: 'One', status: 'Ongoing', order: 0, leadUnit: '', target: null, health: null, healthReason: '', notes: '', updatedAt: '2026-01-01T00:00:00.000Z', updatedBy: null, statusSource: 'person', statusEvidence: [] as SourcePassage[], statusReason: '', completedYear: null } as const;

const TRACKER: TrackerData = {
  areas: [{ code: 'M', name: 'Strengthen membership', order: 0, objectives: [] }],
  actionLines: [
    { ...LINE, code: 'M1' },
    { ...LINE, code: 'M2' },
  ],
  milestones: [{ id: 'm1', lineCode: 'M1', title: 'Consult', target: 'Q1 2026', status: 'Ongoing', completedOn: null, order: 0, updatedAt: null, updatedBy: null }],
  priorityItems: [],
  indicators: [],
  indicatorPeriods: [],
  settings: { reportingDate: null, seededAt: null, strategy: null },
  history: [],
};

function file(): { actionLines: Record<string, unknown>[]; milestones: Record<string, unknown>[]; history: unknown[] } {
  return JSON.parse(serializeSnapshot(TRACKER, META));
}

function issuesOf(value: unknown) {
  const check = checkSnapshotText(typeof value === 'string' ? value : JSON.stringify(value));
  if (check.ok) throw new Error('expected the file to be refused');
  return check.issues;
}

describe('what a strict import refuses', () => {
  it('refuses look-alike codes holding invisible or direction characters, naming the position', () => {
    const withZeroWidth = file();
    withZeroWidth.actionLines.push({ ...LINE, code: 'M\u200B2' });
    expect(issuesOf(withZeroWidth)).toContainEqual({
      code: 'hiddenCharacter',
      path: 'actionLines[2].code',
      params: { position: 2, codePoint: 'U+200B' },
    });
    const withOverride = file();
    withOverride.actionLines.push({ ...LINE, code: '\u202E2M' });
    expect(issuesOf(withOverride)).toContainEqual({
      code: 'hiddenCharacter',
      path: 'actionLines[2].code',
      params: { position: 1, codePoint: 'U+202E' },
    });
  });

  it('refuses a lead unit holding an invisible or direction character, naming the position, and reads it in NFC', () => {
    const withOverride = file();
    withOverride.actionLines[0]!.leadUnit = 'BDT\u202E';
    expect(issuesOf(withOverride)).toContainEqual({
      code: 'hiddenCharacterInName',
      path: 'actionLines[0].leadUnit',
      params: { position: 4, codePoint: 'U+202E' },
    });
    const decomposed = file();
    decomposed.actionLines[0]!.leadUnit = 'E\u0301quipe  BDT';
    const check = checkSnapshotText(JSON.stringify(decomposed));
    expect(check.ok && check.snapshot.actionLines[0]?.leadUnit).toBe('\u00C9quipe  BDT');
  });

  it('compares codes in NFC, so two spellings of one code are a duplicate', () => {
    const decomposed = file();
    decomposed.actionLines[0]!.code = 'E\u0301';
    decomposed.actionLines[1]!.code = '\u00C9';
    decomposed.milestones = [];
    expect(issuesOf(decomposed)).toContainEqual(expect.objectContaining({ code: 'duplicate', path: 'actionLines[1].code' }));
  });

  it('refuses a key written twice in one object, as a strict JSON parser does', () => {
    const text = serializeSnapshot(TRACKER, META).replace('"title": "Consult",', '"title": "Consult", "title": "Hidden",');
    expect(issuesOf(text)).toEqual([expect.objectContaining({ code: 'duplicateKey', params: expect.objectContaining({ key: 'title' }) })]);
  });

  it('refuses a completion date on a milestone that is not Completed', () => {
    const early = file();
    early.milestones[0]!.completedOn = '2026-01-10';
    expect(issuesOf(early)).toContainEqual(expect.objectContaining({ code: 'completedOnNotCompleted', path: 'milestones[0].completedOn' }));
  });

  it('refuses history entries for a line that does not exist', () => {
    const orphan = file();
    orphan.history.push({ id: '01KDVDNA000000000000000001', at: '2026-01-01T00:00:00.000Z', entity: 'actionLine', entityId: 'Z9', lineCode: 'Z9', field: 'notes', from: null, to: 'x', author: null, device: 'imported' });
    expect(issuesOf(orphan)).toContainEqual({ code: 'unknownLine', path: 'history[0].lineCode', params: { value: 'Z9' } });
  });

  it('refuses a target with a line break', () => {
    const broken = file();
    broken.actionLines[0]!.target = 'Phase 1\n: Q2 2026';
    expect(issuesOf(broken)).toContainEqual({ code: 'lineBreak', path: 'actionLines[0].target', params: {} });
  });
});
