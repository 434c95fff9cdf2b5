import type { Health, Status } from './status';
import type { LinkSource, StatusSource } from './evidence';

export interface Area {
  code: string;
  name: string;
  order: number;
  /** Strategy objectives a user has linked to this area; the strategy's own list is in Strategy. */
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
  /** Its place in its status column: a fractional key, compared by code unit (src/domain/rankOrder.ts). */
  rank: string;
  leadUnit: string;
  /** Target text: a quarter ("Q2 2026", "Phase 1: Q2 2026") or a period of years ("2026-2028"); null when none is set. */
  target: string | null;
  /** How firm the status is: stated by the source report, supported by it, inferred, or set by a person. */
  statusSource: StatusSource;
  /** Passages of the source report the status rests on, word for word. */
  statusEvidence: SourcePassage[];
  /** For a status no passage states: why it is what it is, in one sentence; '' otherwise. */
  statusReason: string;
  /** The year the line was completed; null when not completed or not known. */
  completedYear: number | null;
  health: Health | null;
  healthReason: string;
  notes: string;
  updatedAt: string;
  /** Who changed it last: their display name then, or null for "this browser" (a name never set). */
  updatedBy: string | null;
}

export interface Milestone {
  id: string;
  lineCode: string;
  title: string;
  target: string | null;
  status: Status;
  /** ISO date the milestone was completed. */
  completedOn: string | null;
  /** Its place among its line's milestones: a fractional key. */
  rank: string;
  /** When it last changed; null when it has not changed since a database before version 4 kept this. */
  updatedAt: string | null;
  /** Who changed it last, as ActionLine.updatedBy. */
  updatedBy: string | null;
}

/** A row of "Priorities for 2025 and 2026": its own milestone status, not the line's. */
export interface PriorityItem {
  id: string;
  lineCode: string;
  text: string;
  milestone: Status;
  target: string;
  /** Its place in the priorities table: a fractional key. */
  rank: string;
  /** Whether the source names the linked line, the link is the closest line by meaning, or a person made it. */
  linkSource: LinkSource;
  /** When it last changed; null for an item as seeded, or unchanged since before database version 4. */
  updatedAt: string | null;
  /** Who changed it last, as ActionLine.updatedBy. */
  updatedBy: string | null;
}

/**
 * A record placed by a 0-based position in its group instead of a key: how database version 2
 * stored it, and how a snapshot file carries it.
 */
export type Positioned<T extends { rank: string }> = { [K in Exclude<keyof T, 'rank'> | 'order']: K extends keyof T ? T[K] : number };

/** The records a tracker keeps in order: lines per status column, milestones per line, priority items in one list. */
export interface OrderedRecords {
  actionLines: ActionLine[];
  milestones: Milestone[];
  priorityItems: PriorityItem[];
}

export interface PositionedRecords {
  actionLines: Positioned<ActionLine>[];
  milestones: Positioned<Milestone>[];
  priorityItems: Positioned<PriorityItem>[];
}

export const HISTORY_ENTITIES = ['actionLine', 'milestone', 'priorityItem', 'indicator', 'indicatorPeriod'] as const;
export type HistoryEntity = (typeof HISTORY_ENTITIES)[number];

/** Entries about indicators and their periods: they belong to no action line (see HistoryEntry.lineCode). */
export const INDICATOR_HISTORY_ENTITIES: readonly HistoryEntity[] = ['indicator', 'indicatorPeriod'];

export interface HistoryEntry {
  /** A ULID (src/domain/ulid.ts): unique on every device, and sorts in the order entries were made. */
  id: string;
  at: string;
  entity: HistoryEntity;
  entityId: string;
  /**
   * The action line the change belongs to, so a line's history is one indexed query. An indicator's
   * entries (its own and its periods') hold the indicator's id instead: they belong to no line, and
   * its whole history, deleted periods included, is then one query too. Not checked against the
   * indicators, since a deleted indicator's history stays.
   */
  lineCode: string;
  field: string;
  from: string | null;
  to: string | null;
  /** Who made the change: their display name at the time, or null for "this browser" (no name set). */
  author: string | null;
  /** The device it was made on: its random id (settings), or IMPORTED_DEVICE. */
  device: string;
}

/** A change as a write describes it; the write gives it its id, author and device. */
export type HistoryChange = Omit<HistoryEntry, 'id' | 'author' | 'device'>;

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

/** A passage quoted word for word from a source document. Table rows quote their cells joined by " | ". */
export interface SourcePassage {
  /** The document's title as it describes itself. */
  document: string;
  /** The heading of the section the passage stands under. */
  section: string;
  text: string;
}
