import { describe, expect, it } from 'vitest';
import { serializeSnapshot } from './serialize';
import type { SnapshotMeta, TrackerData } from './schema';
import { checkSnapshotFile, checkSnapshotText } from './validate';
import { MAX_SNAPSHOT_BYTES } from './version';

const META: SnapshotMeta = { exportedAt: '2026-01-15T09:30:00.000Z', reportingDate: '2026-01-15', label: 'test', appVersion: '0.1.0' };

const TRACKER: TrackerData = {
  areas: [{ code: 'M', name: 'Strengthen membership', order: 0, objectives: [] }],
  actionLines: [
    { code: 'M1', areaCode: 'M', title: 'One', text: 'One', status: 'Ongoing', order: 0, leadUnit: '', target: 'Q2 2026', statusSource: 'person', statusEvidence: [], statusReason: '', completedYear: null, health: null, healthReason: '', notes: '', updatedAt: '2026-01-01T00:00:00.000Z', updatedBy: null },
    { code: 'M2', areaCode: 'M', title: 'Two', text: 'Two', status: 'Completed', order: 0, leadUnit: '', target: null, statusSource: 'person', statusEvidence: [], statusReason: '', completedYear: null, health: 'on-track', healthReason: '', notes: '', updatedAt: '2026-01-01T00:00:00.000Z', updatedBy: null },
  ],
  milestones: [{ id: 'm1', lineCode: 'M1', title: 'Consult', target: 'Phase 1: Q1 2026', status: 'Ongoing', completedOn: null, order: 0, updatedAt: null, updatedBy: null }],
  priorityItems: [{ id: 'p1', lineCode: 'M2', text: 'Do it', milestone: 'Completed', target: 'Q3 2025', order: 0, linkSource: 'stated', updatedAt: null, updatedBy: null }],
  indicators: [],
  indicatorPeriods: [],
  settings: { reportingDate: null, seededAt: null, strategy: null },
  history: [],
};

function validFile(): Record<string, unknown> {
  return JSON.parse(serializeSnapshot(TRACKER, META));
}

function issuesOf(value: unknown) {
  const check = checkSnapshotText(typeof value === 'string' ? value : JSON.stringify(value));
  if (check.ok) throw new Error('expected the file to be refused');
  return check.issues;
}

describe('checkSnapshotText', () => {
  it('accepts a file it wrote', () => {
    const check = checkSnapshotText(serializeSnapshot(TRACKER, META));
    expect(check.ok && check.snapshot.actionLines.map((line) => line.code)).toEqual(['M1', 'M2']);
  });

  it('names the field and the allowed values of a bad status', () => {
    const file = validFile();
    (file.actionLines as Record<string, unknown>[])[1]!.status = 'Done';
    expect(issuesOf(file)).toEqual([
      { code: 'notOneOf', path: 'actionLines[1].status', params: { values: 'To be started, Ongoing, Completed' } },
    ]);
  });

  it('refuses the __proto__ and constructor keys that JSON.parse keeps as own keys', () => {
    const text = serializeSnapshot(TRACKER, META).replace('"code": "M1",', '"code": "M1", "__proto__": {"polluted": true},');
    expect(issuesOf(text)).toEqual([{ code: 'unknownKey', path: 'actionLines[0]', params: { keys: '"__proto__"' } }]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const constructorFile = { ...validFile(), constructor: { prototype: {} } };
    expect(issuesOf(constructorFile)[0]).toMatchObject({ code: 'unknownKey', path: '', params: { keys: '"constructor"' } });
  });

  it('checks syntax, then the envelope, then the schema, then references', () => {
    expect(issuesOf('{"format": ')[0]?.code).toBe('syntaxEnd');
    expect(issuesOf('{\n  "format": x\n}')[0]).toMatchObject({ code: 'syntaxAt', params: { line: 2, column: 13 } });
    expect(issuesOf('[]')[0]).toMatchObject({ code: 'notObject', params: { found: 'array' } });
    expect(issuesOf({ ...validFile(), format: 'excalidraw', actionLines: 5 })[0]?.code).toBe('wrongFormat');
    expect(issuesOf({ ...validFile(), formatVersion: 5, actionLines: 5 })[0]).toMatchObject({ code: 'newerVersion', params: { found: 5, supported: 4 } });
    expect(issuesOf({ ...validFile(), formatVersion: 0 })[0]?.code).toBe('badVersion');
    const both = validFile();
    (both.milestones as Record<string, unknown>[])[0]!.lineCode = 'Q9';
    (both.actionLines as Record<string, unknown>[])[0]!.order = -1;
    expect(issuesOf(both)).toEqual([{ code: 'tooSmall', path: 'actionLines[0].order', params: { minimum: 0 } }]);
  });

  it('says when a field is missing, of the wrong type or too long', () => {
    const file = validFile();
    const line = (file.actionLines as Record<string, unknown>[])[0]!;
    delete line.title;
    line.order = '1';
    line.notes = 'x'.repeat(100_000);
    expect(issuesOf(file)).toEqual([
      { code: 'missing', path: 'actionLines[0].title', params: {} },
      { code: 'wrongType', path: 'actionLines[0].order', params: { expected: 'number', found: 'string' } },
      { code: 'tooLong', path: 'actionLines[0].notes', params: { maximum: 20_000 } },
    ]);
  });

  it('finds duplicate codes, dangling references and malformed quarters', () => {
    const file = validFile();
    const lines = file.actionLines as Record<string, unknown>[];
    lines[1]!.code = 'M1';
    lines[0]!.target = 'Q5 2026';
    (file.priorityItems as Record<string, unknown>[])[0]!.lineCode = 'M2';
    expect(issuesOf(file)).toEqual([
      { code: 'duplicate', path: 'actionLines[1].code', params: { value: 'M1', first: 'actionLines[0].code' } },
      { code: 'badQuarter', path: 'actionLines[0].target', params: { value: 'Q5 2026' } },
      { code: 'unknownLine', path: 'priorityItems[0].lineCode', params: { value: 'M2' } },
    ]);
  });

  it('upgrades an older format version through the restore step', () => {
    const older = validFile();
    older.formatVersion = 1;
    for (const line of older.actionLines as Record<string, unknown>[]) delete line.healthReason;
    const check = checkSnapshotText(JSON.stringify(older), {
      currentVersion: 2,
      upgrades: {
        1: (file) => ({
          ...file,
          actionLines: (file.actionLines as Record<string, unknown>[]).map((line) => ({ ...line, healthReason: '' })),
        }),
      },
    });
    expect(check.ok && check.upgradedFrom).toBe(1);
    expect(check.ok && check.snapshot.formatVersion).toBe(2);
  });
});

describe('checkSnapshotFile', () => {
  it('refuses a file over the size limit without reading it', async () => {
    let read = false;
    const check = await checkSnapshotFile({
      size: MAX_SNAPSHOT_BYTES + 1,
      arrayBuffer: () => {
        read = true;
        return Promise.resolve(new ArrayBuffer(0));
      },
    });
    expect(check.ok).toBe(false);
    expect(!check.ok && check.issues[0]?.code).toBe('tooLarge');
    expect(read).toBe(false);
  });

  it('refuses bytes that are not UTF-8 text', async () => {
    const bytes = new Uint8Array([0x7b, 0xff, 0xfe, 0x00, 0x7d]);
    const check = await checkSnapshotFile({ size: bytes.length, arrayBuffer: () => Promise.resolve(bytes.buffer) });
    expect(!check.ok && check.issues[0]?.code).toBe('notText');
  });
});

describe('syntax errors', () => {
  it.each([
    ['{"a": 1,}', 1, 9],
    ['{\n  "a": tru\n}', 2, 11],
    ['{"a": "unterminated', null, null],
    ['{"a": 01}', 1, 8],
    ['{} x', 1, 4],
    ['{"a": "tab\there"}', 1, 11],
  ])('places the error in %j', (text, line, column) => {
    const [found] = issuesOf(text);
    if (line === null) expect(found?.code).toBe('syntaxEnd');
    else expect(found).toEqual({ code: 'syntaxAt', path: '', params: { line, column } });
  });
});
