import type { Health, Status } from './status';

export interface Area {
  code: string;
  name: string;
  order: number;
  /** The strategy objectives this area serves, as worded in the source. */
  objectives: string[];
}

export interface ActionLine {
  /** Source numbering, e.g. "M1b"; unique, the primary key. */
  code: string;
  areaCode: string;
  /** Short title: the opening words of the source text. */
  title: string;
  /** Full text, word for word from the source. */
  text: string;
  status: Status;
  /** Position within its status column, 0-based. */
  order: number;
  leadUnit: string;
  /** Target quarter text such as "Q2 2026" or "Phase 1: Q2 2026"; null when none is set. */
  target: string | null;
  health: Health | null;
  healthReason: string;
  notes: string;
  updatedAt: string;
}

export interface Milestone {
  id: string;
  lineCode: string;
  title: string;
  target: string | null;
  status: Status;
  /** ISO date the milestone was completed. */
  completedOn: string | null;
  order: number;
}

/** A row of "Priorities for 2025 and 2026": its own milestone status, not the line's. */
export interface PriorityItem {
  id: string;
  lineCode: string;
  text: string;
  milestone: Status;
  target: string;
  order: number;
}

export type HistoryEntity = 'actionLine' | 'milestone' | 'priorityItem';

export interface HistoryEntry {
  id?: number;
  at: string;
  entity: HistoryEntity;
  entityId: string;
  lineCode: string;
  field: string;
  from: string | null;
  to: string | null;
}

export interface Strategy {
  title: string;
  objectives: string[];
  source: SeedSource;
}

export interface SeedSource {
  document: string;
  file: string;
  note: string;
}
