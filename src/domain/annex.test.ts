import { describe, expect, it } from 'vitest';
import { buildAnnex, compareLineCodes, computeHeadline, computeMilestoneCompletion } from './annex';
import { SEED_AREAS, buildSeedActionLines } from './seed/resourceMobilizationStrategy';
import type { Milestone } from './types';

const lines = buildSeedActionLines('2026-01-01T00:00:00.000Z');

describe('computeHeadline', () => {
  it('reproduces the report totals from the seed', () => {
    expect(computeHeadline(lines, '2026-01-15')).toEqual({
      total: 24,
      started: 18,
      startedPercent: 75,
      completed: 2,
      ongoing: 16,
      toBeStarted: 6,
      overdue: 0,
      dueSoon: 2,
      health: { onTrack: 0, atRisk: 0, offTrack: 0, notAssessed: 24 },
    });
  });

  it('counts 19 started = 79 % after one line starts', () => {
    const moved = lines.map((line) => (line.code === 'E1' ? { ...line, status: 'Ongoing' as const } : line));
    const figures = computeHeadline(moved, '2026-01-15');
    expect(figures.started).toBe(19);
    expect(figures.startedPercent).toBe(79);
  });

  it('counts overdue and due-soon lines at quarter boundaries', () => {
    const sample = [
      { status: 'Ongoing' as const, target: 'Q4 2025', health: 'at-risk' as const },
      { status: 'To be started' as const, target: 'Q1 2026', health: null },
      { status: 'Completed' as const, target: 'Q3 2025', health: 'on-track' as const },
      { status: 'Ongoing' as const, target: null, health: 'at-risk' as const },
    ];
    expect(computeHeadline(sample, '2025-12-31')).toMatchObject({ overdue: 0, dueSoon: 2 });
    expect(computeHeadline(sample, '2026-01-01')).toMatchObject({ overdue: 1, dueSoon: 1 });
    expect(computeHeadline(sample, '2026-04-01')).toMatchObject({ overdue: 2, dueSoon: 0 });
  });

  it('counts the lines per RAG health, those not assessed included', () => {
    const sample = [
      { status: 'Ongoing' as const, target: null, health: 'at-risk' as const },
      { status: 'Ongoing' as const, target: null, health: 'off-track' as const },
      { status: 'Completed' as const, target: null, health: 'on-track' as const },
      { status: 'To be started' as const, target: null, health: null },
      { status: 'Ongoing' as const, target: null, health: 'at-risk' as const },
    ];
    expect(computeHeadline(sample, '2026-01-01').health).toEqual({ onTrack: 1, atRisk: 2, offTrack: 1, notAssessed: 1 });
  });
});

describe('buildAnnex', () => {
  it('gives each area its lines in source order and its own figures', () => {
    const annex = buildAnnex(SEED_AREAS, lines, [], '2026-01-15');
    expect(annex.map((entry) => entry.area.code)).toEqual(['M', 'E', 'V']);
    expect(annex[0]?.lines.map((entry) => entry.line.code)).toEqual([
      'M1', 'M1a', 'M1b', 'M2', 'M3', 'M4', 'M5', 'M6', 'M7', 'M8',
    ]);
    expect(annex.map((entry) => [entry.figures.total, entry.figures.started, entry.figures.completed])).toEqual([
      [10, 10, 2],
      [7, 2, 0],
      [7, 6, 0],
    ]);
  });

  it('attaches schedule flags and milestone completion per line', () => {
    const milestones: Milestone[] = [
      { id: 'a', lineCode: 'M2', title: 'Consult', target: null, status: 'Completed', completedOn: '2025-10-01', rank: 'a0', updatedAt: null, updatedBy: null },
      { id: 'b', lineCode: 'M2', title: 'Decide', target: null, status: 'Ongoing', completedOn: null, rank: 'a1', updatedAt: null, updatedBy: null },
    ];
    const m2 = buildAnnex(SEED_AREAS, lines, milestones, '2026-07-01')[0]?.lines.find((entry) => entry.line.code === 'M2');
    expect(m2?.flag).toBe('overdue');
    expect(m2?.milestones).toEqual({ completed: 1, total: 2 });
  });
});

describe('compareLineCodes', () => {
  it('orders codes numerically with sub-letters after their parent', () => {
    expect(['M10', 'M2', 'M1b', 'M1', 'M1a'].sort(compareLineCodes)).toEqual(['M1', 'M1a', 'M1b', 'M2', 'M10']);
  });
});

describe('computeMilestoneCompletion', () => {
  it('is zero of zero without milestones', () => {
    expect(computeMilestoneCompletion([])).toEqual({ completed: 0, total: 0 });
  });
});
