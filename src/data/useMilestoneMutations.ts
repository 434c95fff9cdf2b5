import { sortByRank, type Milestone } from '../domain';
import { moveWithinGroup } from '../domain/rank';
import { addMilestone, deleteMilestone, moveMilestone, updateMilestone, type MilestonePatch } from '../db';
import { useDatabase } from './DatabaseContext';
import { queryKeys } from './queryKeys';
import { useOptimisticMutation } from './useOptimisticMutation';

type MilestoneChange =
  | { kind: 'add'; milestone: Milestone }
  | { kind: 'update'; id: string; patch: MilestonePatch; expected?: MilestonePatch }
  | { kind: 'delete'; id: string; expected?: MilestonePatch }
  | { kind: 'move'; id: string; toIndex: number; expectedIndex?: number };

/** The milestones once `id` is at `toIndex` among its line's, with the key moveMilestone will store. */
function moveInCache(milestones: Milestone[], id: string, toIndex: number): Milestone[] {
  const lineCode = milestones.find((m) => m.id === id)?.lineCode;
  const move = moveWithinGroup(sortByRank(milestones.filter((m) => m.lineCode === lineCode)), id, toIndex);
  if (!move) return milestones;
  const changed = new Map([move.moved, ...move.rebalanced].map((m) => [m.id, m]));
  return milestones.map((m) => changed.get(m.id) ?? m);
}

function applyChange(milestones: Milestone[], change: MilestoneChange): Milestone[] {
  switch (change.kind) {
    case 'add':
      return [...milestones, change.milestone];
    case 'update':
      return milestones.map((m) => (m.id === change.id ? { ...m, ...change.patch } : m));
    case 'delete':
      return milestones.filter((m) => m.id !== change.id);
    case 'move':
      return moveInCache(milestones, change.id, change.toIndex);
  }
}

/** Adds, edits, reorders and deletes milestones optimistically, rolling back with a visible error. */
export function useMilestoneMutation() {
  const db = useDatabase();
  return useOptimisticMutation<Milestone[], MilestoneChange>({
    queryKey: queryKeys.milestones,
    write: (change) => {
      switch (change.kind) {
        case 'add':
          return addMilestone(db, change.milestone);
        case 'update':
          return updateMilestone(db, change.id, change.patch, { expected: change.expected });
        case 'delete':
          return deleteMilestone(db, change.id, { expected: change.expected });
        case 'move':
          return moveMilestone(db, change.id, change.toIndex, { expectedIndex: change.expectedIndex });
      }
    },
    applyToCache: applyChange,
  });
}
