import type { Milestone } from '../domain';
import { addMilestone, deleteMilestone, moveMilestone, updateMilestone, type MilestonePatch } from '../db';
import { useDatabase } from './DatabaseContext';
import { queryKeys } from './queryKeys';
import { useOptimisticMutation } from './useOptimisticMutation';

type MilestoneChange =
  | { kind: 'add'; milestone: Milestone }
  | { kind: 'update'; id: string; patch: MilestonePatch; expected?: MilestonePatch }
  | { kind: 'delete'; id: string; expected?: MilestonePatch }
  | { kind: 'move'; id: string; offset: -1 | 1; expectedIndex?: number };

function applyChange(milestones: Milestone[], change: MilestoneChange): Milestone[] {
  switch (change.kind) {
    case 'add':
      return [...milestones, change.milestone];
    case 'update':
      return milestones.map((m) => (m.id === change.id ? { ...m, ...change.patch } : m));
    case 'delete':
      return milestones.filter((m) => m.id !== change.id);
    case 'move': {
      const moving = milestones.find((m) => m.id === change.id);
      if (!moving) return milestones;
      const siblings = milestones.filter((m) => m.lineCode === moving.lineCode).sort((a, b) => a.order - b.order);
      const index = siblings.indexOf(moving);
      const other = siblings[index + change.offset];
      if (!other) return milestones;
      return milestones.map((m) =>
        m.id === moving.id ? { ...m, order: other.order } : m.id === other.id ? { ...m, order: moving.order } : m,
      );
    }
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
          return moveMilestone(db, change.id, change.offset, { expectedIndex: change.expectedIndex });
      }
    },
    applyToCache: applyChange,
  });
}
