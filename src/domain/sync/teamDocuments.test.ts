import { describe, expect, it } from 'vitest';
import { SEED_INDICATOR_PERIODS, SEED_INDICATORS } from '../seed/indicatorSeed';
import { SEED_AREAS, SEED_PRIORITY_ITEMS, SEED_STRATEGY, buildSeedActionLines } from '../seed/resourceMobilizationStrategy';
import type { HistoryEntry, Milestone } from '../types';
import {
  deletedTeamDocument,
  parseTeamDocId,
  parseTeamDocument,
  teamDocId,
  teamRecordKey,
  toTeamDocument,
  type ParsedTeamDocument,
  type TeamLine,
  type TeamRecord,
} from './teamDocuments';

const NOW = '2026-01-15T09:30:00.000Z';
const SEED_LINE = buildSeedActionLines(NOW)[0]!;

const MILESTONE: Milestone = {
  id: 'm1',
  lineCode: SEED_LINE.code,
  title: 'Consult the regions',
  target: 'Q2 2026',
  status: 'Ongoing',
  completedOn: null,
  rank: 'a0',
  updatedAt: NOW,
  updatedBy: 'Ana',
};

const LINE: TeamLine = { ...SEED_LINE, milestones: [MILESTONE] };

const HISTORY: HistoryEntry = {
  id: '01KJMMA2GFH1SKF4V2KTFMJSJG',
  at: NOW,
  entity: 'actionLine',
  entityId: LINE.code,
  lineCode: LINE.code,
  field: 'status',
  from: 'To be started',
  to: 'Ongoing',
  author: 'Ana',
  device: 'device-1',
};

const VALUES: TeamRecord[] = [
  { kind: 'area', record: SEED_AREAS[0]! },
  { kind: 'line', record: LINE },
  { kind: 'priorityItem', record: SEED_PRIORITY_ITEMS[0]! },
  { kind: 'indicator', record: SEED_INDICATORS[0]! },
  { kind: 'period', record: SEED_INDICATOR_PERIODS[1]! },
  { kind: 'history', record: HISTORY },
  { kind: 'setting', record: { key: 'reportingDate', value: '2026-06-30', updatedAt: NOW, updatedBy: 'ana' } },
  { kind: 'setting', record: { key: 'seededAt', value: NOW } },
  { kind: 'setting', record: { key: 'strategy', value: SEED_STRATEGY, updatedAt: NOW, updatedBy: null } },
];

/** The document as it comes back from CouchDB: JSON, with a revision. */
function stored(value: TeamRecord, rev = '1-abc'): Record<string, unknown> {
  return JSON.parse(JSON.stringify(toTeamDocument(value, 'ana', rev)));
}

function storedLine(): { record: Record<string, unknown> & { milestones: Record<string, unknown>[] } } & Record<string, unknown> {
  return stored({ kind: 'line', record: LINE }) as ReturnType<typeof storedLine>;
}

function reasonOf(parsed: ParsedTeamDocument): string {
  if (parsed.ok) throw new Error('expected the document to be refused');
  return parsed.reason;
}

describe('team document ids', () => {
  it('joins a kind and key, and splits them at the first colon', () => {
    expect(teamDocId('line', 'M1b')).toBe('line:M1b');
    expect(parseTeamDocId('line:M1b')).toEqual({ kind: 'line', key: 'M1b' });
    expect(parseTeamDocId('period:a:b')).toEqual({ kind: 'period', key: 'a:b' });
  });

  it('refuses an unknown kind, a missing separator and an empty key', () => {
    expect(parseTeamDocId('setting:x')).toBeNull();
    expect(parseTeamDocId('_design/tracker')).toBeNull();
    expect(parseTeamDocId('line')).toBeNull();
    expect(parseTeamDocId('line:')).toBeNull();
    expect(parseTeamDocId(':M1')).toBeNull();
  });
});

describe('parseTeamDocument', () => {
  it.each(VALUES.map((value) => [value.kind, value] as const))('reads back a %s written by toTeamDocument', (_kind, value) => {
    const parsed = parseTeamDocument(stored(value));
    expect(parsed).toEqual({ ok: true, id: teamDocId(value.kind, teamRecordKey(value)), rev: '1-abc', deleted: false, author: 'ana', value, overruled: [] });
  });

  it('carries the values a merge overruled, and refuses them malformed', () => {
    const value = VALUES[0]!;
    const overruled = [{ field: 'name', value: 'Their name', by: 'ed' }];
    const document = { ...toTeamDocument(value, 'ana', null, overruled), _rev: '2-abc' };
    expect(parseTeamDocument(document)).toMatchObject({ ok: true, overruled });
    expect(parseTeamDocument({ ...document, overruled: [{ field: 'name', value: 'x' }] })).toMatchObject({ ok: false });
    expect(parseTeamDocument({ ...document, overruled: [{ ...overruled[0], extra: 1 }] })).toMatchObject({ ok: false });
  });

  it('writes a new record without a revision, and accepts the conflicts CouchDB lists', () => {
    const value = VALUES[0]!;
    expect(toTeamDocument(value, 'ana', null)).toEqual({ _id: 'area:M', kind: 'area', record: value.record, author: 'ana' });
    expect(parseTeamDocument({ ...stored(value), _conflicts: ['1-def'] })).toMatchObject({ ok: true, deleted: false });
  });

  it('reads a deletion', () => {
    expect(parseTeamDocument(deletedTeamDocument('line:M1a', '2-abc'))).toEqual({ ok: true, id: 'line:M1a', rev: '2-abc', deleted: true });
  });

  it('refuses a deletion of an unknown kind or with other fields', () => {
    expect(parseTeamDocument(deletedTeamDocument('setting:x', '2-abc'))).toMatchObject({ ok: false, id: 'setting:x' });
    expect(reasonOf(parseTeamDocument({ ...deletedTeamDocument('line:M1a', '2-abc'), kind: 'line' }))).toMatch(/"kind"/);
    expect(reasonOf(parseTeamDocument({ _id: 'line:M1a', _rev: '2-abc', _deleted: false }))).toMatch(/^_deleted:/);
  });

  it('refuses an unknown key in the document or its record, __proto__ included', () => {
    expect(reasonOf(parseTeamDocument({ ...stored(VALUES[0]!), extra: 1 }))).toMatch(/"extra"/);
    const withProto = JSON.parse(`{"__proto__": {"polluted": true}, ${JSON.stringify(stored(VALUES[0]!)).slice(1)}`);
    expect(reasonOf(parseTeamDocument(withProto))).toMatch(/"__proto__"/);
    const recordWithProto = stored(VALUES[0]!);
    recordWithProto.record = JSON.parse(`{"__proto__": {}, ${JSON.stringify(SEED_AREAS[0]).slice(1)}`);
    expect(reasonOf(parseTeamDocument(recordWithProto))).toMatch(/^record: .*"__proto__"/);
    const line = storedLine();
    line.record.milestones[0]!.order = 0;
    expect(reasonOf(parseTeamDocument(line))).toMatch(/^record\.milestones\[0\]: .*"order"/);
  });

  it('refuses a record placed by position instead of a key, or by a key of other characters', () => {
    const indicator = stored(VALUES[3]!);
    indicator.record = { ...(indicator.record as object), order: 0 };
    expect(parseTeamDocument(indicator)).toMatchObject({ ok: false });
    const line = storedLine();
    line.record.rank = 'a 0';
    expect(reasonOf(parseTeamDocument(line))).toMatch(/^record\.rank:/);
    line.record.rank = '';
    expect(reasonOf(parseTeamDocument(line))).toMatch(/^record\.rank:/);
  });

  it('refuses a kind that differs from the kind of the id', () => {
    const doc = { ...stored(VALUES[0]!), _id: 'line:M' };
    expect(parseTeamDocument(doc)).toEqual({ ok: false, id: 'line:M', reason: 'kind: "area" differs from the kind "line" of the _id.' });
    expect(reasonOf(parseTeamDocument({ ...stored(VALUES[0]!), kind: 'line' }))).toBe('kind: "line" differs from the kind "area" of the _id.');
  });

  it('refuses an id of an unknown kind and a kind it does not know', () => {
    expect(reasonOf(parseTeamDocument({ ...stored(VALUES[0]!), _id: 'setting:M' }))).toMatch(/^_id "setting:M"/);
    expect(reasonOf(parseTeamDocument({ ...stored(VALUES[0]!), kind: 'setting' }))).toMatch(/^kind:/);
  });

  it('refuses a record whose key differs from the key of the id', () => {
    const doc = { ...stored(VALUES[1]!), _id: 'line:M2' };
    expect(reasonOf(parseTeamDocument(doc))).toBe(`record: its key "${LINE.code}" differs from the key "M2" of the _id.`);
    expect(parseTeamDocument({ ...stored(VALUES[5]!), _id: 'history:other' })).toMatchObject({ ok: false, id: 'history:other' });
  });

  it('refuses a setting the tracker does not share, or a value of the wrong form for its key', () => {
    const setting = (record: Record<string, unknown>, id = `setting:${String(record.key)}`) => ({ _id: id, _rev: '1-a', kind: 'setting', author: 'ana', record });
    expect(reasonOf(parseTeamDocument(setting({ key: 'teamSync', value: {} })))).toMatch(/^_id "setting:teamSync" is not /);
    expect(parseTeamDocument(deletedTeamDocument('setting:deviceId', '2-abc'))).toMatchObject({ ok: false, id: 'setting:deviceId' });
    expect(reasonOf(parseTeamDocument(setting({ key: 'reportingDate', value: '30/06/2026' })))).toMatch(/^record\.value: /);
    expect(reasonOf(parseTeamDocument(setting({ key: 'strategy', value: { title: 'No objectives' } })))).toMatch(/^record\.value\.objectives: /);
    expect(reasonOf(parseTeamDocument(setting({ key: 'seededAt', value: NOW }, 'setting:reportingDate')))).toBe(
      'record: its key "seededAt" differs from the key "reportingDate" of the _id.',
    );
  });

  it("refuses a milestone of another line, and a line's milestone twice", () => {
    const otherLine = storedLine();
    otherLine.record.milestones[0]!.lineCode = 'M9';
    expect(reasonOf(parseTeamDocument(otherLine))).toMatch(/^record\.milestones\[0\]\.lineCode: /);
    const repeated = storedLine();
    repeated.record.milestones.push({ ...repeated.record.milestones[0]!, rank: 'a1' });
    expect(reasonOf(parseTeamDocument(repeated))).toMatch(/^record\.milestones\[1\]\.id: /);
  });

  it('refuses a document without an author', () => {
    const doc = stored(VALUES[0]!);
    expect(reasonOf(parseTeamDocument({ ...doc, author: '' }))).toMatch(/^author:/);
    delete doc.author;
    expect(parseTeamDocument(doc)).toMatchObject({ ok: false, id: 'area:M' });
  });

  it('never throws, whatever it is given, and keeps its reason short', () => {
    const huge = Object.fromEntries(Array.from({ length: 50_000 }, (_, index) => [`key${index}`, index]));
    const line = storedLine();
    const inputs: unknown[] = [{ ...line, record: { ...line.record, milestones: 5 } }, null, undefined, 0, 'line:M1', [], [stored(VALUES[0]!)], true, () => 1, Symbol('doc'), {}, { _id: 42 }, huge, { ...stored(VALUES[0]!), ...huge }];
    for (const input of inputs) {
      const parsed = parseTeamDocument(input);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.reason.length).toBeLessThanOrEqual(301);
    }
    expect(parseTeamDocument(null)).toEqual({ ok: false, id: null, reason: 'The document is not an object.' });
  });
});
