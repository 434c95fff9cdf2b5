import { describe, expect, it } from 'vitest';
import type { Status } from '../status';
import { compareTrackers, hasChanges, lineFieldChanges } from './compare';
import { comparisonToCsv, type ComparisonCsvLabels } from './csv';
import type { SnapshotActionLine, TrackerData } from './schema';

function line(code: string, status: Status, title = `Line ${code}`): SnapshotActionLine {
  return { code, areaCode: 'M', title, text: title, status, order: 0, leadUnit: '', target: null, statusSource: 'person', statusEvidence: [], statusReason: '', completedYear: null, health: null, healthReason: '', notes: '', updatedAt: '2026-01-01T00:00:00.000Z', updatedBy: null };
}

const BEFORE: TrackerData = {
  areas: [{ code: 'M', name: 'Membership', order: 0, objectives: [] }],
  actionLines: [line('M1', 'To be started'), line('M2', 'Ongoing'), line('M10', 'Ongoing')],
  milestones: [{ id: 'a', lineCode: 'M2', title: 'Consult SAGs', target: null, status: 'Ongoing', completedOn: null, order: 0, updatedAt: null, updatedBy: null }],
  priorityItems: [{ id: 'p', lineCode: 'M2', text: 'Review fees', milestone: 'Ongoing', target: 'Q2 2026', order: 0, linkSource: 'stated', updatedAt: null, updatedBy: null }],
  indicators: [],
  indicatorPeriods: [],
  settings: { reportingDate: null, seededAt: null, strategy: null },
  history: [],
};

const AFTER: TrackerData = {
  ...BEFORE,
  actionLines: [line('M1', 'Ongoing'), { ...line('M2', 'Completed'), leadUnit: 'BDT', target: 'Q4 2026', health: 'at-risk', notes: 'Done at Council' }, line('M3', 'To be started')],
  milestones: [
    { id: 'a', lineCode: 'M2', title: 'Consult SAGs', target: null, status: 'Completed', completedOn: '2026-03-01', order: 0, updatedAt: null, updatedBy: null },
    { id: 'b', lineCode: 'M1', title: 'Draft', target: 'Q3 2026', status: 'Ongoing', completedOn: null, order: 0, updatedAt: null, updatedBy: null },
  ],
  priorityItems: [{ id: 'p', lineCode: 'M2', text: 'Review fees', milestone: 'Completed', target: 'Q2 2026', order: 0, linkSource: 'stated', updatedAt: null, updatedBy: null }],
  indicators: [],
  indicatorPeriods: [],
};

describe('compareTrackers', () => {
  const comparison = compareTrackers(BEFORE, AFTER);

  it('gives the headline figures before and after', () => {
    expect(comparison.figures.before).toMatchObject({ total: 3, started: 2, completed: 0 });
    expect(comparison.figures.after).toMatchObject({ total: 3, started: 2, completed: 1 });
  });

  it('lists lines added, removed, changed and their status changes', () => {
    expect(comparison.linesAdded.map((l) => l.code)).toEqual(['M3']);
    expect(comparison.linesRemoved.map((l) => l.code)).toEqual(['M10']);
    expect(comparison.linesChanged).toEqual([
      { code: 'M1', title: 'Line M1', changes: [{ field: 'status', from: 'To be started', to: 'Ongoing' }] },
      {
        code: 'M2',
        title: 'Line M2',
        changes: [
          { field: 'status', from: 'Ongoing', to: 'Completed' },
          { field: 'leadUnit', from: '', to: 'BDT' },
          { field: 'target', from: null, to: 'Q4 2026' },
          { field: 'health', from: null, to: 'at-risk' },
          { field: 'notes', from: '', to: 'Done at Council' },
        ],
      },
    ]);
    expect(comparison.statusChanges.map((c) => [c.code, c.from, c.to])).toEqual([
      ['M1', 'To be started', 'Ongoing'],
      ['M2', 'Ongoing', 'Completed'],
    ]);
  });

  it('lists changes to lines other than status apart, and counts lines per RAG health on both sides', () => {
    expect(lineFieldChanges(comparison).map((l) => [l.code, l.changes.map((c) => c.field)])).toEqual([['M2', ['leadUnit', 'target', 'health', 'notes']]]);
    expect(comparison.health.before).toEqual({ onTrack: 0, atRisk: 0, offTrack: 0, notAssessed: 3 });
    expect(comparison.health.after).toEqual({ onTrack: 0, atRisk: 1, offTrack: 0, notAssessed: 2 });
  });

  it('lists milestones added or completed and priority items changed', () => {
    expect(comparison.milestonesAdded.map((m) => m.id)).toEqual(['b']);
    expect(comparison.milestonesCompleted.map((m) => [m.id, m.completedOn])).toEqual([['a', '2026-03-01']]);
    expect(comparison.priorityItems).toEqual([
      { kind: 'changed', id: 'p', lineCode: 'M2', text: 'Review fees', changes: [{ field: 'milestone', from: 'Ongoing', to: 'Completed' }] },
    ]);
  });

  it('finds nothing between a tracker and itself', () => {
    expect(hasChanges(compareTrackers(BEFORE, BEFORE))).toBe(false);
    expect(hasChanges(comparison)).toBe(true);
  });
});

describe('comparisonToCsv', () => {
  const labels: ComparisonCsvLabels = {
    columns: ['Section', 'Item', 'Before', 'After'],
    section: {
      headline: 'Headline', health: 'RAG health', lineChange: 'Line changed', lineAdded: 'Line added', lineRemoved: 'Line removed', statusChange: 'Status change',
      milestoneAdded: 'Milestone added', milestoneCompleted: 'Milestone completed', milestoneRemoved: 'Milestone removed', priorityItem: 'Priority item',
      indicatorPeriodAdded: 'Period added', indicatorPeriodRemoved: 'Period removed', indicatorValue: 'Indicator value',
    },
    figure: { total: 'Action lines', started: 'Started', startedPercent: 'Started (%)', completed: 'Completed', ongoing: 'Ongoing', toBeStarted: 'To be started' },
    health: { onTrack: 'On track', atRisk: 'At risk', offTrack: 'Off track', notAssessed: 'Not assessed' },
    status: (status) => status.toUpperCase(),
    field: (field) => field,
    lineField: (field) => `line ${field}`,
    lineValue: (field, value) => (field === 'health' ? (value ?? 'none').toUpperCase() : (value ?? '')),
    period: (period) => `${period.start}/${period.end}`,
    indicatorField: (field) => field,
    indicatorValue: (value, unit) => `${value} ${unit.kind}`,
  };

  it('writes UTF-8 with a byte order mark, one row per change, quoting where needed', () => {
    const csv = comparisonToCsv(compareTrackers(BEFORE, AFTER), labels, ',');
    expect(csv.startsWith('\uFEFFSection,Item,Before,After\r\n')).toBe(true);
    const rows = csv.slice(1).trimEnd().split('\r\n');
    expect(rows).toContain('Headline,Completed,0,1');
    expect(rows).toContain('Status change,M2 Line M2,ONGOING,COMPLETED');
    expect(rows).toContain('Milestone completed,M2 Consult SAGs,,2026-03-01');
    expect(rows).toContain('Priority item,M2 Review fees (milestone),ONGOING,COMPLETED');
    expect(rows).toContain('RAG health,At risk,0,1');
    expect(rows).toContain('Line changed,M2 Line M2 (line health),NONE,AT-RISK');
    expect(rows).toContain('Line changed,M2 Line M2 (line leadUnit),,BDT');
    expect(rows).toContain('Line changed,M2 Line M2 (line target),,Q4 2026');
    expect(rows).toContain('Line changed,M2 Line M2 (line notes),,Done at Council');
    expect(rows.some((row) => row.includes('(line status)'))).toBe(false);
  });

  it('quotes commas and quotes and defuses spreadsheet formulas', () => {
    const tricky = { ...AFTER, actionLines: [...AFTER.actionLines, line('M4', 'Ongoing', '=HYPERLINK("x"), "quoted"')] };
    const csv = comparisonToCsv(compareTrackers(BEFORE, tricky), labels, ',');
    expect(csv).toContain('Line added,"M4 =HYPERLINK(""x""), ""quoted"""');
    const formula = comparisonToCsv(compareTrackers(BEFORE, { ...AFTER, actionLines: [{ ...line('M1', 'Ongoing') }, line('=1+1', 'Ongoing')] }), labels, ',');
    expect(formula).toContain("Line added,'=1+1 Line =1+1");
  });

  it('splits cells with the separator it is given', () => {
    const rows = comparisonToCsv(compareTrackers(BEFORE, AFTER), labels, ';').slice(1).trimEnd().split('\r\n');
    expect(rows[0]).toBe('Section;Item;Before;After');
    expect(rows).toContain('Status change;M2 Line M2;ONGOING;COMPLETED');
  });
});
