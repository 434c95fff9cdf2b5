import { create } from 'zustand';
import { persist } from 'zustand/middleware';

interface ReportState {
  /** Whether the print and the presentation name the statuses still to verify (while any are). */
  isCaveatShown: boolean;
  /** Whether the Annex 2 tables add each line's lead unit, health reason and notes. */
  isDetailShown: boolean;
  setCaveatShown: (isCaveatShown: boolean) => void;
  setDetailShown: (isDetailShown: boolean) => void;
}

/**
 * How this browser's user wants reports drawn: view preferences, kept across reloads like the UI
 * store's, and not tracker data, so neither a snapshot nor the history carries them. A store of its
 * own: only the report views import it, so the board's first load does not carry it.
 */
export const useReportStore = create<ReportState>()(
  persist(
    (set) => ({
      isCaveatShown: true,
      isDetailShown: false,
      setCaveatShown: (isCaveatShown) => set({ isCaveatShown }),
      setDetailShown: (isDetailShown) => set({ isDetailShown }),
    }),
    {
      name: 'action-line-tracker-report',
      version: 1,
      partialize: (state) => ({ isCaveatShown: state.isCaveatShown, isDetailShown: state.isDetailShown }),
      // A stored value of another type (edited by hand, or from a later version) keeps the default.
      merge: (persisted, current) => {
        const stored = (persisted ?? {}) as Partial<ReportState>;
        return {
          ...current,
          isCaveatShown: typeof stored.isCaveatShown === 'boolean' ? stored.isCaveatShown : current.isCaveatShown,
          isDetailShown: typeof stored.isDetailShown === 'boolean' ? stored.isDetailShown : current.isDetailShown,
        };
      },
    },
  ),
);

export function resetReportStore(): void {
  useReportStore.setState({ isCaveatShown: true, isDetailShown: false });
}
