import { sortByRank, type Milestone } from '../domain';
import { moveWithinGroup } from '../domain/rank';
import { addMilestone, deleteMilestone, moveMilestone, updateMilestone, type MilestonePatch, type MilestoneRef, type StoredActionLine } from '../db';
import { useDatabase } from './DatabaseContext';
import { queryKeys } from './queryKeys';
import { useOptimisticMutation } from './useOptimisticMutation';

export type MilestoneChange =
  | { kind: 'add'; milestone: Milestone }
  | ({ kind: 'update'; patch: MilestonePatch; expected?: MilestonePatch } & MilestoneRef)
  | ({ kind: 'delete'; expected?: MilestonePatch } & MilestoneRef)
  | ({ kind: 'move'; toIndex: number; expectedIndex?: number } & MilestoneRef);

/** The line's milestones once `id` is at `toIndex` among them, with the key moveMilestone will store. */
function moveInList(milestones: Milestone[], id: string, toIndex: number): Milestone[] {
  const move = moveWithinGroup(sortByRank(milestones), id, toIndex);
  if (!move) return milestones;
  const changed = new Map([move.moved, ...move.rebalanced].map((m) => [m.id, m]));
  return sortByRank(milestones.map((m) => changed.get(m.id) ?? m));
}

function applyToLine(milestones: Milestone[], change: MilestoneChange): Milestone[] {
  switch (change.kind) {
    case 'add':
      return sortByRank([...milestones, change.milestone]);
    case 'update':
      return milestones.map((m) => (m.id === change.id ? { ...m, ...change.patch } : m));
    case 'delete':
      return milestones.filter((m) => m.id !== change.id);
    case 'move':
      return moveInList(milestones, change.id, change.toIndex);
  }
}

const lineCodeOf = (change: MilestoneChange) => (change.kind === 'add' ? change.milestone.lineCode : change.lineCode);

function applyChange(lines: StoredActionLine[], change: MilestoneChange): StoredActionLine[] {
  const code = lineCodeOf(change);
  return lines.map((line) => (line.code === code ? { ...line, milestones: applyToLine(line.milestones, change) } : line));
}

/** Adds, edits, reorders and deletes milestones optimistically, rolling back with a visible error. */
export function useMilestoneMutation() {
  const db = useDatabase();
  return useOptimisticMutation<StoredActionLine[], MilestoneChange>({
    queryKey: queryKeys.actionLines,
    write: (change) => {
      switch (change.kind) {
        case 'add':
          return addMilestone(db, change.milestone);
        case 'update':
          return updateMilestone(db, change, change.patch, { expected: change.expected });
        case 'delete':
          return deleteMilestone(db, change, { expected: change.expected });
        case 'move':
          return moveMilestone(db, change, change.toIndex, { expectedIndex: change.expectedIndex });
      }
    },
    applyToCache: applyChange,
  });
}
