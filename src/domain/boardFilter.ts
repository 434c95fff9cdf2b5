import { HEALTHS, STATUSES, type Health, type Status } from './status';
import type { ActionLine } from './types';
import type { ScheduleFlag } from './schedule';
import { isInferredStatus } from './evidence';

/** The health filter's value for lines no one has assessed yet. */
export const NOT_ASSESSED = 'none';
/** The lead-unit filter's value for lines with no lead unit; no unit is named with brackets. */
export const NO_LEAD_UNIT = '(none)';

export type HealthFilter = Health | typeof NOT_ASSESSED;

const HEALTH_FILTERS: readonly HealthFilter[] = [...HEALTHS, NOT_ASSESSED];

export interface BoardFilters {
  areas: string[];
  statuses: Status[];
  healths: HealthFilter[];
  leadUnits: string[];
  isPriorityOnly: boolean;
  isOverdueOnly: boolean;
  /** Only lines whose status was inferred and still waits for a person to verify it. */
  isToVerifyOnly: boolean;
  search: string;
}

export const EMPTY_BOARD_FILTERS: BoardFilters = {
  areas: [],
  statuses: [],
  healths: [],
  leadUnits: [],
  isPriorityOnly: false,
  isOverdueOnly: false,
  isToVerifyOnly: false,
  search: '',
};

export function hasActiveFilters(filters: BoardFilters): boolean {
  return (
    filters.areas.length > 0 ||
    filters.statuses.length > 0 ||
    filters.healths.length > 0 ||
    filters.leadUnits.length > 0 ||
    filters.isPriorityOnly ||
    filters.isOverdueOnly ||
    filters.isToVerifyOnly ||
    filters.search.trim() !== ''
  );
}

export interface LineFilterContext {
  hasPriority: boolean;
  scheduleFlag: ScheduleFlag;
}

function normalise(text: string): string {
  return text.normalize('NFKD').replace(/\p{Diacritic}/gu, '').toLocaleLowerCase();
}

// Lines are immutable values, so each one's searchable text is normalised once, not per keystroke.
const searchTexts = new WeakMap<ActionLine, string[]>();

function searchTextOf(line: ActionLine): string[] {
  let texts = searchTexts.get(line);
  if (!texts) {
    texts = [line.code, line.title, line.text, line.notes].map(normalise);
    searchTexts.set(line, texts);
  }
  return texts;
}

export function matchesBoardFilters(line: ActionLine, filters: BoardFilters, context: LineFilterContext): boolean {
  if (filters.areas.length > 0 && !filters.areas.includes(line.areaCode)) return false;
  if (filters.statuses.length > 0 && !filters.statuses.includes(line.status)) return false;
  if (filters.healths.length > 0 && !filters.healths.includes(line.health ?? NOT_ASSESSED)) return false;
  if (filters.leadUnits.length > 0 && !filters.leadUnits.includes(line.leadUnit.trim() || NO_LEAD_UNIT)) return false;
  if (filters.isPriorityOnly && !context.hasPriority) return false;
  if (filters.isOverdueOnly && context.scheduleFlag !== 'overdue') return false;
  if (filters.isToVerifyOnly && !isInferredStatus(line)) return false;
  const query = normalise(filters.search.trim());
  if (query === '') return true;
  return searchTextOf(line).some((field) => field.includes(query));
}

/** Reads filters from URL search parameters, ignoring values that are not known. */
export function parseBoardFilters(params: URLSearchParams): BoardFilters {
  return {
    areas: params.getAll('area'),
    statuses: params.getAll('status').filter((s): s is Status => (STATUSES as readonly string[]).includes(s)),
    healths: params.getAll('health').filter((h): h is HealthFilter => (HEALTH_FILTERS as readonly string[]).includes(h)),
    leadUnits: params.getAll('lead'),
    isPriorityOnly: params.get('priority') === '1',
    isOverdueOnly: params.get('overdue') === '1',
    isToVerifyOnly: params.get('verify') === '1',
    search: params.get('q') ?? '',
  };
}

export interface BoardFilterChoices {
  areas: readonly string[];
  leadUnits: readonly string[];
}

/**
 * The filters an address asks for, reduced to what the menus can show: one value per menu, and
 * only a value the menu offers. `dropped` lists the rest ("area=ZZ"), for the address to lose and
 * the user to be told, so the menus always show what filters the board.
 */
export function reconcileBoardFilters(
  params: URLSearchParams,
  choices: BoardFilterChoices,
): { filters: BoardFilters; dropped: string[] } {
  const dropped: string[] = [];
  const pick = <T extends string>(name: string, known: readonly T[]): T[] => {
    const asked = params.getAll(name);
    const kept = asked.find((value): value is T => (known as readonly string[]).includes(value));
    let isKeptSeen = false;
    for (const value of asked) {
      if (value === kept && !isKeptSeen) isKeptSeen = true;
      else dropped.push(`${name}=${value}`);
    }
    return kept === undefined ? [] : [kept];
  };
  const filters: BoardFilters = {
    ...parseBoardFilters(params),
    areas: pick('area', choices.areas),
    statuses: pick('status', STATUSES),
    healths: pick('health', HEALTH_FILTERS),
    leadUnits: pick('lead', [...choices.leadUnits, NO_LEAD_UNIT]),
  };
  return { filters, dropped };
}

const FILTER_PARAM_NAMES = ['area', 'status', 'health', 'lead', 'priority', 'overdue', 'verify', 'q'] as const;

/** Writes filters into URL search parameters, keeping parameters that are not filters. */
export function writeBoardFilters(params: URLSearchParams, filters: BoardFilters): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const name of FILTER_PARAM_NAMES) next.delete(name);
  filters.areas.forEach((value) => next.append('area', value));
  filters.statuses.forEach((value) => next.append('status', value));
  filters.healths.forEach((value) => next.append('health', value));
  filters.leadUnits.forEach((value) => next.append('lead', value));
  if (filters.isPriorityOnly) next.set('priority', '1');
  if (filters.isOverdueOnly) next.set('overdue', '1');
  if (filters.isToVerifyOnly) next.set('verify', '1');
  if (filters.search.trim() !== '') next.set('q', filters.search);
  return next;
}
