import { create } from 'zustand';

export interface UndoEntry {
  id: number;
  /** What the change was, for announcements: "M2 moved to Completed". */
  label: string;
  undo: () => Promise<unknown>;
  redo: () => Promise<unknown>;
}

/**
 * An undo or redo refused because the data it would restore was changed since by something else
 * (an import, another tab): the entry is dropped, and nothing is written over that change.
 */
export class UndoOvertakenError extends Error {
  constructor(readonly entry: UndoEntry) {
    super(`${entry.label}: changed elsewhere since, so it can no longer be undone.`);
    this.name = 'UndoOvertakenError';
  }
}

/** Writes refused because the stored value moved on are named StaleWriteError (src/db). */
function isOvertaken(error: unknown): boolean {
  return error instanceof Error && error.name === 'StaleWriteError';
}

interface UndoState {
  past: UndoEntry[];
  future: UndoEntry[];
  /**
   * Records a change as it is made, before its save has finished, so that Ctrl+Z pressed at once
   * undoes this change and not the one before; a new change clears the redo stack.
   */
  record: (entry: Omit<UndoEntry, 'id'>) => UndoEntry;
  /** Forgets a change whose save failed: there is nothing to undo. */
  discard: (id: number) => void;
  /** Undoes the newest change, or the given one if it is still undoable; returns it. */
  undo: (id?: number) => Promise<UndoEntry | null>;
  redo: () => Promise<UndoEntry | null>;
  /** Drops every entry: the data they would restore was replaced (an import). */
  clear: () => void;
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
  discard: (id) =>
    set((state) => ({ past: state.past.filter((e) => e.id !== id), future: state.future.filter((e) => e.id !== id) })),
  undo: async (id) => {
    const { past } = get();
    const entry = id === undefined ? past.at(-1) : past.find((candidate) => candidate.id === id);
    if (!entry) return null;
    set((state) => ({ past: state.past.filter((e) => e.id !== entry.id), future: [...state.future, entry] }));
    try {
      await entry.undo();
    } catch (error) {
      if (isOvertaken(error)) {
        set((state) => ({ future: state.future.filter((e) => e.id !== entry.id) }));
        throw new UndoOvertakenError(entry);
      }
      // Back onto the stack, unless the change itself failed to save and was discarded meanwhile.
      set((state) =>
        state.future.some((e) => e.id === entry.id)
          ? { past: [...state.past, entry], future: state.future.filter((e) => e.id !== entry.id) }
          : state,
      );
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
      if (isOvertaken(error)) {
        set((state) => ({ past: state.past.filter((e) => e.id !== entry.id) }));
        throw new UndoOvertakenError(entry);
      }
      set((state) =>
        state.past.some((e) => e.id === entry.id)
          ? { past: state.past.filter((e) => e.id !== entry.id), future: [...state.future, entry] }
          : state,
      );
      throw error;
    }
    return entry;
  },
  clear: () => set({ past: [], future: [] }),
}));

export function resetUndoStore(): void {
  useUndoStore.setState({ past: [], future: [] });
}
