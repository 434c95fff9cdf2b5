import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { UndoableChange } from '../domain';

export interface UndoEntry {
  id: number;
  /** What the change was, for announcements: "M2 moved to Completed". */
  label: string;
  change: UndoableChange;
}

interface UndoState {
  past: UndoEntry[];
  future: UndoEntry[];
  nextId: number;
  /**
   * Records a change as it is made, before its save has finished, so that Ctrl+Z pressed at once
   * undoes this change and not the one before; a new change clears the redo stack.
   */
  record: (entry: Omit<UndoEntry, 'id'>) => UndoEntry;
  /** Forgets a change: its save failed, or its undo or redo was refused for good. */
  discard: (id: number) => void;
  /** Moves the newest change (or the given one, if still undoable) onto the redo stack and returns it. */
  takeUndo: (id?: number) => UndoEntry | null;
  /** Moves the newest undone change back onto the undo stack and returns it. */
  takeRedo: () => UndoEntry | null;
  /** Puts back an entry whose undo (or redo) failed, unless it was discarded meanwhile. */
  putBack: (entry: UndoEntry, direction: 'undo' | 'redo') => void;
  /** Drops every entry: the data they would restore was replaced (an import). */
  clear: () => void;
}

const LIMIT = 50;

/**
 * The undo and redo stacks of this tab: plain data (src/domain/undo.ts), kept in sessionStorage so
 * that they survive a reload of the tab and no other tab shares them. Applying an entry is the data
 * layer's work (src/data/useUndoRedo.ts); each undo or redo is an ordinary write, so the history
 * table records it like any other change.
 */
export const useUndoStore = create<UndoState>()(
  persist(
    (set, get) => ({
      past: [],
      future: [],
      nextId: 1,
      record: (entry) => {
        const recorded = { ...entry, id: get().nextId };
        set((state) => ({ past: [...state.past.slice(-(LIMIT - 1)), recorded], future: [], nextId: state.nextId + 1 }));
        return recorded;
      },
      discard: (id) =>
        set((state) => ({ past: state.past.filter((e) => e.id !== id), future: state.future.filter((e) => e.id !== id) })),
      takeUndo: (id) => {
        const { past } = get();
        const entry = id === undefined ? past.at(-1) : past.find((candidate) => candidate.id === id);
        if (!entry) return null;
        set((state) => ({ past: state.past.filter((e) => e.id !== entry.id), future: [...state.future, entry] }));
        return entry;
      },
      takeRedo: () => {
        const entry = get().future.at(-1);
        if (!entry) return null;
        set((state) => ({ future: state.future.slice(0, -1), past: [...state.past, entry] }));
        return entry;
      },
      putBack: (entry, direction) =>
        set((state) => {
          const [from, to] = direction === 'undo' ? (['future', 'past'] as const) : (['past', 'future'] as const);
          if (!state[from].some((e) => e.id === entry.id)) return state;
          return { [from]: state[from].filter((e) => e.id !== entry.id), [to]: [...state[to], entry] };
        }),
      clear: () => set({ past: [], future: [] }),
    }),
    {
      name: 'action-line-tracker-undo',
      // Version 2: moves carry keys, priority reorders move one item. Version 3: milestones and
      // priority items carry updatedAt and updatedBy (database version 4). A stack stored by an
      // older version describes changes this code cannot apply, so it is dropped, not migrated.
      version: 3,
      migrate: () => ({ past: [], future: [], nextId: 1 }),
      storage: createJSONStorage(() => sessionStorage),
      partialize: ({ past, future, nextId }) => ({ past, future, nextId }),
    },
  ),
);

export function resetUndoStore(): void {
  useUndoStore.setState({ past: [], future: [], nextId: 1 });
}
