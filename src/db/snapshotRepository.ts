import { groupByLine, serializeSnapshot, sortByRank, type ActionLine, type Milestone, type SnapshotMeta, type SnapshotSettings, type Strategy, type TrackerData } from '../domain';
import { TRACKER_SETTING_KEYS } from '../domain/trackerSettings';
import { indicatorsWithPositions, indicatorsWithRanks, withPositions, withRanks } from '../domain/rank';
import type { StoredActionLine, StoredSnapshot, TrackerDatabase } from './database';
import { readAuthorSettings } from './author';
import { SETTING_KEYS } from './settingKeys';
import { TeamAdminOnlyError } from './staleWrite';
import { enqueueEveryRecord, keepMergeBases } from './teamDocIds';
import { readTeamDocIds } from './teamRevisions';

function trackerTables(db: TrackerDatabase) {
  return [db.areas, db.actionLines, db.priorityItems, db.indicators, db.indicatorPeriods, db.historyEntries, db.settings];
}

async function readTrackerData(db: TrackerDatabase): Promise<TrackerData> {
  const [areas, storedLines, priorityItems, indicators, indicatorPeriods, history, settingRecords] = await Promise.all([
    db.areas.toArray(),
    db.actionLines.toArray(),
    db.priorityItems.toArray(),
    db.indicators.toArray(),
    db.indicatorPeriods.toArray(),
    db.historyEntries.toArray(),
    db.settings.bulkGet([...TRACKER_SETTING_KEYS]),
  ]);
  const actionLines = storedLines.map(({ milestones: _milestones, ...line }) => line);
  const milestones = storedLines.flatMap((line) => line.milestones);
  const [reportingDate, seededAt, strategy] = settingRecords.map((record) => record?.value ?? null);
  const settings: SnapshotSettings = {
    reportingDate: reportingDate as string | null,
    seededAt: seededAt as string | null,
    strategy: strategy as Strategy | null,
  };
  // A file places records by position: the same order always gives the same file.
  return {
    areas,
    ...withPositions({ actionLines, milestones, priorityItems }),
    indicators: indicatorsWithPositions(indicators),
    indicatorPeriods,
    settings,
    history: history.map((entry) => ({ ...entry, id: entry.id ?? 0 })),
  };
}

/** The whole tracker as one consistent read. */
export function readTracker(db: TrackerDatabase): Promise<TrackerData> {
  return db.transaction('r', trackerTables(db), () => readTrackerData(db));
}

async function writeTrackerData(db: TrackerDatabase, data: TrackerData): Promise<void> {
  const tables = [db.areas, db.actionLines, db.priorityItems, db.indicators, db.indicatorPeriods, db.historyEntries];
  await Promise.all(tables.map((table) => table.clear()));
  // The file gave the indicators: a new tracker's pending seed must not add the seeded ones to them.
  await db.settings.bulkDelete([...TRACKER_SETTING_KEYS, SETTING_KEYS.indicatorSeedPending]);
  const { actionLines, milestones, priorityItems } = withRanks(data);
  await db.areas.bulkAdd(data.areas);
  await db.actionLines.bulkAdd(withTheirMilestones(actionLines, milestones));
  await db.priorityItems.bulkAdd(priorityItems);
  await db.indicators.bulkAdd(indicatorsWithRanks(data.indicators));
  await db.indicatorPeriods.bulkAdd(data.indicatorPeriods);
  await db.historyEntries.bulkAdd(data.history);
  const settings = TRACKER_SETTING_KEYS.filter((key) => data.settings[key] !== null).map((key) => ({ key, value: data.settings[key] }));
  await db.settings.bulkAdd(settings);
}

function withTheirMilestones(lines: readonly ActionLine[], milestones: readonly Milestone[]): StoredActionLine[] {
  const byLine = groupByLine(milestones);
  return lines.map((line) => ({ ...line, milestones: sortByRank(byLine.get(line.code) ?? []) }));
}

export interface BackupRequest {
  id: string;
  name: string;
  createdAt: string;
  /** Describes the backup file; its reporting date gives way to the stored one when set. */
  meta: SnapshotMeta;
}

/**
 * Replaces the whole tracker with `data` in ONE transaction that first stores the current state
 * as an automatic backup: either everything happens, or nothing does.
 */
export function replaceTrackerWithBackup(db: TrackerDatabase, data: TrackerData, backup: BackupRequest): Promise<void> {
  return db.transaction('rw', [...trackerTables(db), db.snapshots, db.outbox, db.teamRevisions], async () => {
    // In a synced tracker this replaces the team's data: a team admin's change only, sent whole.
    const { teamUser, isTeamAdmin } = await readAuthorSettings(db);
    if (teamUser !== null && !isTeamAdmin) throw new TeamAdminOnlyError();
    const current = await readTrackerData(db);
    await db.snapshots.add({
      id: backup.id,
      name: backup.name,
      createdAt: backup.createdAt,
      isAutomaticBackup: true,
      content: serializeSnapshot(current, {
        ...backup.meta,
        reportingDate: current.settings.reportingDate ?? backup.meta.reportingDate,
      }),
    });
    if (teamUser !== null) await keepMergeBases(db, await readTeamDocIds(db));
    await writeTrackerData(db, data);
    if (teamUser !== null) await enqueueEveryRecord(db);
  });
}

/** Stored snapshots, newest first. */
export async function listStoredSnapshots(db: TrackerDatabase): Promise<StoredSnapshot[]> {
  return (await db.snapshots.orderBy('createdAt').toArray()).reverse();
}

export function readStoredSnapshot(db: TrackerDatabase, id: string): Promise<StoredSnapshot | undefined> {
  return db.snapshots.get(id);
}

export async function saveStoredSnapshot(db: TrackerDatabase, snapshot: StoredSnapshot): Promise<void> {
  await db.snapshots.add(snapshot);
}

export async function renameStoredSnapshot(db: TrackerDatabase, id: string, name: string): Promise<void> {
  const updated = await db.snapshots.update(id, { name });
  if (updated === 0) throw new Error(`Snapshot ${id} does not exist.`);
}

export function deleteStoredSnapshot(db: TrackerDatabase, id: string): Promise<void> {
  return db.snapshots.delete(id);
}

export async function recordExport(db: TrackerDatabase, at: string): Promise<void> {
  await db.settings.put({ key: SETTING_KEYS.lastExportAt, value: at });
}
