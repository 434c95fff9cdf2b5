import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { isCsvSeparatorChoice, type CsvSeparatorChoice } from '../domain';

interface CsvState {
  separator: CsvSeparatorChoice;
  setSeparator: (separator: CsvSeparatorChoice) => void;
}

/**
 * The CSV separator the user chose, a view preference kept across reloads like those of the UI
 * store. A store of its own: only the views that export CSV import it, so the board's first load
 * does not carry it.
 */
export const useCsvStore = create<CsvState>()(
  persist(
    (set) => ({
      separator: 'automatic',
      setSeparator: (separator) => set({ separator }),
    }),
    {
      name: 'action-line-tracker-csv',
      version: 1,
      partialize: (state) => ({ separator: state.separator }),
      // A stored value this version does not know (edited by hand, or from a later version) falls back to automatic.
      merge: (persisted, current) => {
        const separator = (persisted as Partial<CsvState> | undefined)?.separator;
        return { ...current, separator: isCsvSeparatorChoice(separator) ? separator : current.separator };
      },
    },
  ),
);

export function resetCsvStore(): void {
  useCsvStore.setState({ separator: 'automatic' });
}
