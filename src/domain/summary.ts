import { computeProgress } from './progress';
import { formatYearPeriod, parseYearPeriod } from './quarter';
import type { Health } from './status';
import type { ActionLine } from './types';

/** The facts of the report's summary paragraph, taken from the lines. */
export interface SummaryFacts {
  total: number;
  started: number;
  startedPercent: number;
  completed: number;
  /** The years the completed lines were completed in, oldest first; lines with no year are left out. */
  completedYears: number[];
  toBeStarted: number;
  /** The period covering every line still to be started, when each of them has a period target. */
  toBeStartedPeriod: string | null;
}

export function computeSummaryFacts(lines: readonly Pick<ActionLine, 'status' | 'completedYear' | 'target'>[]): SummaryFacts {
  const progress = computeProgress(lines);
  const completedYears = [
    ...new Set(lines.filter((line) => line.status === 'Completed' && line.completedYear !== null).map((line) => line.completedYear as number)),
  ].sort((a, b) => a - b);
  const periods = lines.filter((line) => line.status === 'To be started').map((line) => (line.target ? parseYearPeriod(line.target) : null));
  const isEveryPeriodKnown = periods.length > 0 && periods.every((period) => period !== null);
  const toBeStartedPeriod = isEveryPeriodKnown
    ? formatYearPeriod({
        fromYear: Math.min(...periods.map((period) => period?.fromYear ?? Infinity)),
        toYear: Math.max(...periods.map((period) => period?.toYear ?? -Infinity)),
      })
    : null;
  return {
    total: progress.total,
    started: progress.started,
    startedPercent: progress.startedPercent,
    completed: progress.completed,
    completedYears,
    toBeStarted: progress.toBeStarted,
    toBeStartedPeriod,
  };
}

/** Lines per RAG health, with the lines no one has assessed counted apart. */
export interface HealthCounts {
  onTrack: number;
  atRisk: number;
  offTrack: number;
  notAssessed: number;
}

/** The counts in reading order, each with the health it counts ('none' for not assessed). */
export const HEALTH_COUNT_HEALTH = {
  onTrack: 'on-track',
  atRisk: 'at-risk',
  offTrack: 'off-track',
  notAssessed: 'none',
} as const satisfies Record<keyof HealthCounts, Health | 'none'>;

export const HEALTH_FIGURES = Object.keys(HEALTH_COUNT_HEALTH) as (keyof HealthCounts)[];

export function computeHealthCounts(lines: readonly Pick<ActionLine, 'health'>[]): HealthCounts {
  const counts: HealthCounts = { onTrack: 0, atRisk: 0, offTrack: 0, notAssessed: 0 };
  for (const line of lines) {
    if (line.health === 'on-track') counts.onTrack += 1;
    else if (line.health === 'at-risk') counts.atRisk += 1;
    else if (line.health === 'off-track') counts.offTrack += 1;
    else counts.notAssessed += 1;
  }
  return counts;
}
