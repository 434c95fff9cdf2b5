import { normalizeWhitespace } from './evidence';
import { SEED_PRIORITY_ITEMS, buildSeedActionLines } from './seed/resourceMobilizationStrategy';
import type { ActionLine, Area, PriorityItem } from './types';

/*
 * Filling the evidence fields for data stored before lines carried them (database schema 1,
 * snapshot format 1). Shared by the database upgrade and the snapshot restore step, so both give
 * an old tracker the same facts.
 */

export type EvidenceFields = Pick<ActionLine, 'statusSource' | 'statusEvidence' | 'statusReason' | 'completedYear'>;

const SEED_LINES = new Map(buildSeedActionLines('1970-01-01T00:00:00.000Z').map((line) => [line.code, line]));
const SEED_ITEMS = new Map(SEED_PRIORITY_ITEMS.map((item) => [item.id, item]));

/** How the first seed spread the strategy's objectives over the areas; the report does not. */
const FIRST_SEED_AREA_OBJECTIVES: Readonly<Record<string, readonly string[]>> = {
  M: [
    'Encourage Member States to maintain or increase their unit contributions',
    'Strengthen Sector Member engagement and revenues',
    'Strengthen overall member engagement',
  ],
  E: ['Help better leverage events', 'Help better leverage products and services'],
  V: ['Increase voluntary contributions'],
};

export interface StoredLineFacts {
  code: string;
  status: string;
  text: string;
  target: string | null;
}

function seedLineFor(line: StoredLineFacts): ActionLine | undefined {
  const seed = SEED_LINES.get(line.code);
  if (!seed || seed.status !== line.status) return undefined;
  return normalizeWhitespace(seed.text) === normalizeWhitespace(line.text) ? seed : undefined;
}

/**
 * A line still as seeded (same code, status and text) gets the seed's evidence, and the seed's
 * target when it had none; any other line's status was set by a person, and a completed one
 * takes its completion year from the time it was marked completed, when the history has it.
 */
export function evidenceForStoredLine(line: StoredLineFacts, completedAt: string | null): EvidenceFields & { target: string | null } {
  const seed = seedLineFor(line);
  if (seed) {
    return {
      statusSource: seed.statusSource,
      statusEvidence: seed.statusEvidence,
      statusReason: seed.statusReason,
      completedYear: seed.completedYear,
      target: line.target ?? seed.target,
    };
  }
  const completedYear = line.status === 'Completed' && completedAt ? Number(completedAt.slice(0, 4)) : null;
  return { statusSource: 'person', statusEvidence: [], statusReason: '', completedYear, target: line.target };
}

/** A seeded priority item keeps the seed's word on its link; any other link was made by a person. */
export function linkSourceForStoredItem(item: Pick<PriorityItem, 'id' | 'lineCode'>): PriorityItem['linkSource'] {
  const seed = SEED_ITEMS.get(item.id);
  return seed && seed.lineCode === item.lineCode ? seed.linkSource : 'person';
}

/** An area keeps its objectives unless they are exactly the ones the first seed assigned it. */
export function objectivesForStoredArea(area: Pick<Area, 'code' | 'objectives'>): string[] {
  const seeded = FIRST_SEED_AREA_OBJECTIVES[area.code];
  const isAsSeeded =
    seeded !== undefined && seeded.length === area.objectives.length && seeded.every((objective, i) => area.objectives[i] === objective);
  return isAsSeeded ? [] : area.objectives;
}

/** The time of the latest history entry that marked each line Completed. */
export function completionTimes(history: readonly { lineCode: string; entity: string; field: string; to: string | null; at: string }[]): Map<string, string> {
  const times = new Map<string, string>();
  for (const entry of history) {
    if (entry.entity !== 'actionLine' || entry.field !== 'status' || entry.to !== 'Completed') continue;
    const known = times.get(entry.lineCode);
    if (!known || known < entry.at) times.set(entry.lineCode, entry.at);
  }
  return times;
}
