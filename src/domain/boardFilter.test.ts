import { describe, expect, it } from 'vitest';
import { EMPTY_BOARD_FILTERS, NOT_ASSESSED, NO_LEAD_UNIT, matchesBoardFilters, parseBoardFilters, reconcileBoardFilters, writeBoardFilters } from './boardFilter';
import { columnIndexForDrop } from './boardPlacement';
import type { ActionLine } from './types';

const line: ActionLine = {
  code: 'M2',
  areaCode: 'M',
  title: 'Review Sector membership benefits and fees',
  text: 'Review Sector membership benefits and fees in consultation with the Sector Advisory Groups',
  status: 'Ongoing',
  rank: 'a0',
  leadUnit: 'BDT',
  target: 'Q2 2026',
  statusSource: 'inferred',
  statusEvidence: [],
  statusReason: '',
  completedYear: null,
  health: 'at-risk',
  healthReason: '',
  notes: 'Résumé of SAG consultation',
  updatedAt: '2026-01-01T00:00:00.000Z',
  updatedBy: null,
};
const context = { hasPriority: true, scheduleFlag: null };

describe('matchesBoardFilters', () => {
  it('matches everything with no filters', () => {
    expect(matchesBoardFilters(line, EMPTY_BOARD_FILTERS, context)).toBe(true);
  });
  it('filters by area, status, health, lead unit, priority and overdue', () => {
    const f = EMPTY_BOARD_FILTERS;
    expect(matchesBoardFilters(line, { ...f, areas: ['E'] }, context)).toBe(false);
    expect(matchesBoardFilters(line, { ...f, statuses: ['Ongoing'] }, context)).toBe(true);
    expect(matchesBoardFilters(line, { ...f, healths: ['off-track'] }, context)).toBe(false);
    expect(matchesBoardFilters(line, { ...f, leadUnits: ['BDT'] }, context)).toBe(true);
    expect(matchesBoardFilters(line, { ...f, isPriorityOnly: true }, { ...context, hasPriority: false })).toBe(false);
    expect(matchesBoardFilters(line, { ...f, isOverdueOnly: true }, context)).toBe(false);
    expect(matchesBoardFilters(line, { ...f, isOverdueOnly: true }, { ...context, scheduleFlag: 'overdue' })).toBe(true);
  });
  it('finds lines no one has assessed and lines with no lead unit', () => {
    const f = EMPTY_BOARD_FILTERS;
    const bare = { ...line, health: null, leadUnit: '' };
    expect(matchesBoardFilters(bare, { ...f, healths: [NOT_ASSESSED] }, context)).toBe(true);
    expect(matchesBoardFilters(line, { ...f, healths: [NOT_ASSESSED] }, context)).toBe(false);
    expect(matchesBoardFilters(bare, { ...f, leadUnits: [NO_LEAD_UNIT] }, context)).toBe(true);
    expect(matchesBoardFilters(line, { ...f, leadUnits: [NO_LEAD_UNIT] }, context)).toBe(false);
  });
  it('keeps the not-assessed and no-lead-unit values through the address', () => {
    const params = writeBoardFilters(new URLSearchParams(), { ...EMPTY_BOARD_FILTERS, healths: [NOT_ASSESSED], leadUnits: [NO_LEAD_UNIT] });
    const { filters, dropped } = reconcileBoardFilters(params, { areas: [], leadUnits: ['BDT'] });
    expect(filters.healths).toEqual([NOT_ASSESSED]);
    expect(filters.leadUnits).toEqual([NO_LEAD_UNIT]);
    expect(dropped).toEqual([]);
  });
  it('searches code, title, text and notes, ignoring case and accents', () => {
    const f = EMPTY_BOARD_FILTERS;
    expect(matchesBoardFilters(line, { ...f, search: 'm2' }, context)).toBe(true);
    expect(matchesBoardFilters(line, { ...f, search: 'advisory' }, context)).toBe(true);
    expect(matchesBoardFilters(line, { ...f, search: 'resume' }, context)).toBe(true);
    expect(matchesBoardFilters(line, { ...f, search: 'WIPO' }, context)).toBe(false);
  });
});

describe('filters in the URL', () => {
  it('round-trips and keeps other parameters', () => {
    const filters = { ...EMPTY_BOARD_FILTERS, areas: ['M'], statuses: ['Ongoing' as const], isOverdueOnly: true, search: 'fees' };
    const params = writeBoardFilters(new URLSearchParams('line=M2'), filters);
    expect(params.get('line')).toBe('M2');
    expect(parseBoardFilters(params)).toEqual(filters);
  });
  it('ignores unknown values', () => {
    expect(parseBoardFilters(new URLSearchParams('status=Done&health=green')).statuses).toEqual([]);
  });
});

describe('columnIndexForDrop', () => {
  const lines = [
    { code: 'A', status: 'Ongoing' as const, rank: 'a0' },
    { code: 'B', status: 'Ongoing' as const, rank: 'a1' },
    { code: 'C', status: 'Ongoing' as const, rank: 'a2' },
    { code: 'D', status: 'Ongoing' as const, rank: 'a3' },
    { code: 'X', status: 'Completed' as const, rank: 'a0' },
  ];
  it('places a card after the visible card before it', () => {
    expect(columnIndexForDrop(lines, 'X', 'Ongoing', ['A', 'X', 'C'], 1)).toBe(1);
    expect(columnIndexForDrop(lines, 'X', 'Ongoing', ['B', 'D', 'X'], 2)).toBe(4);
  });
  it('places a card before the first visible card, or at the end of an empty container', () => {
    expect(columnIndexForDrop(lines, 'X', 'Ongoing', ['X', 'C'], 0)).toBe(2);
    expect(columnIndexForDrop(lines, 'X', 'Ongoing', ['X'], 0)).toBe(4);
  });
});
