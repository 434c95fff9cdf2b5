import type { ActionLine, Area } from './types';
import { isStarted } from './status';

export interface ProgressFigures {
  total: number;
  started: number;
  /** Whole percent of lines started, 0 when there are no lines. */
  startedPercent: number;
  completed: number;
  ongoing: number;
  toBeStarted: number;
}

export function computeProgress(lines: readonly Pick<ActionLine, 'status'>[]): ProgressFigures {
  let started = 0;
  let completed = 0;
  let ongoing = 0;
  for (const line of lines) {
    if (isStarted(line.status)) started += 1;
    if (line.status === 'Completed') completed += 1;
    if (line.status === 'Ongoing') ongoing += 1;
  }
  const total = lines.length;
  return {
    total,
    started,
    startedPercent: total === 0 ? 0 : Math.round((started / total) * 100),
    completed,
    ongoing,
    toBeStarted: total - started,
  };
}

export interface AreaProgress {
  area: Area;
  figures: ProgressFigures;
}

export function computeAreaProgress(
  areas: readonly Area[],
  lines: readonly Pick<ActionLine, 'status' | 'areaCode'>[],
): AreaProgress[] {
  return [...areas]
    .sort((a, b) => a.order - b.order)
    .map((area) => ({
      area,
      figures: computeProgress(lines.filter((line) => line.areaCode === area.code)),
    }));
}
