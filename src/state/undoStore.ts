import { create } from 'zustand';

export interface UndoEntry {
  id: number;
  /** What the change was, for announcements: "M2 moved to Completed". */
  label: string;
  undo: () => Promise<unknown>;
  redo: () => Promise<unknown>;
}

interface UndoState {
  past: UndoEntry[];
  future: UndoEntry[];
  /** Records a change that has just been saved; a new change clears the redo stack. */
  record: (entry: Omit<UndoEntry, 'id'>) => UndoEntry;
  /** Undoes the newest change, or the given one if it is still undoable; returns it. */
  undo: (id?: number) => Promise<UndoEntry | null>;
  redo: () => Promise<UndoEntry | null>;
}

const LIMIT = 50;
let nextId = 1;

/**
 * Session-only undo and redo of saved changes. Each undo or redo is itself an ordinary write, so the
 * history table records it like any other change.
 */
export const useUndoStore = create<UndoState>()((set, get) => ({
  past: [],
  future: [],
  record: (entry) => {
    const recorded = { ...entry, id: nextId++ };
    set((state) => ({ past: [...state.past.slice(-(LIMIT - 1)), recorded], future: [] }));
    return recorded;
  },
  undo: async (id) => {
    const { past } = get();
    const entry = id === undefined ? past.at(-1) : past.find((candidate) => candidate.id === id);
    if (!entry) return null;
    set((state) => ({ past: state.past.filter((e) => e.id !== entry.id), future: [...state.future, entry] }));
    try {
      await entry.undo();
    } catch (error) {
      set((state) => ({ past: [...state.past, entry], future: state.future.filter((e) => e.id !== entry.id) }));
      throw error;
    }
    return entry;
  },
  redo: async () => {
    const entry = get().future.at(-1);
    if (!entry) return null;
    set((state) => ({ future: state.future.slice(0, -1), past: [...state.past, entry] }));
    try {
      await entry.redo();
    } catch (error) {
      set((state) => ({ past: state.past.filter((e) => e.id !== entry.id), future: [...state.future, entry] }));
      throw error;
    }
    return entry;
  },
}));

export function resetUndoStore(): void {
  useUndoStore.setState({ past: [], future: [] });
}
