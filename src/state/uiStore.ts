import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { Status } from '../domain';

export interface ToastAction {
  label: string;
  run: () => void;
}

export interface Toast {
  id: number;
  kind: 'info' | 'error';
  message: string;
  /** Optional single action, such as Undo. */
  action?: ToastAction;
  /** A confirmation that stays until dismissed, like an error, because it says something was left out. */
  isSticky?: boolean;
  /** The undo entry its action undoes: once that is undone, the toast's Undo would do nothing. */
  undoEntryId?: number;
}

interface ToastSlice {
  toasts: Toast[];
  /** Shows a toast and returns its id. */
  showToast: (toast: Omit<Toast, 'id'>) => number;
  dismissToast: (id: number) => void;
  /** Dismisses the toasts that offer to undo this entry. */
  dismissUndoToasts: (undoEntryId: number) => void;
}

export interface CardFocusRequest {
  code: string;
  status: string;
  /** The key the card takes with the move: it is at the requested place once it shows with it. */
  rank: string;
  /** Which control of the card takes focus: the drag handle after a drag, the Move button otherwise. */
  target: 'handle' | 'move';
}

interface FocusSlice {
  /** The card that takes focus once it shows at this status and position, after a move. */
  cardFocusRequest: CardFocusRequest | null;
  requestCardFocus: (request: CardFocusRequest | null) => void;
}

interface ViewSlice {
  isSwimlanes: boolean;
  setSwimlanes: (isSwimlanes: boolean) => void;
  /** The interface language's code ("en", "ar"...); the i18n layer loads and applies it. */
  language: string;
  setLanguage: (language: string) => void;
  /** Whether the board's note on what the schedule flags are judged against was dismissed; set by the note itself. */
  isScheduleNoticeDismissed: boolean;
  /** The one status column a phone shows at a time (src/features/board/BoardColumnSwitcher.tsx). */
  phoneColumn: Status;
  setPhoneColumn: (phoneColumn: Status) => void;
}

export type StorageProblem = 'quota' | 'closed' | 'newer-version' | 'gone';

interface StorageSlice {
  /** A storage problem the whole app must show until it is resolved or dismissed. */
  storageProblem: StorageProblem | null;
  setStorageProblem: (problem: StorageProblem | null) => void;
}

export type UiState = ToastSlice & FocusSlice & ViewSlice & StorageSlice;

let nextToastId = 1;
const MAX_TOASTS = 3;

/** UI state only: nothing here is tracker data, which lives in Dexie. */
export const useUiStore = create<UiState>()(
  persist(
    (set) => ({
      toasts: [],
      showToast: (toast) => {
        const id = nextToastId++;
        // Keep the newest few: a burst of moves should not bury the screen.
        set((state) => ({ toasts: [...state.toasts.slice(-(MAX_TOASTS - 1)), { ...toast, id }] }));
        return id;
      },
      dismissToast: (id) => set((state) => ({ toasts: state.toasts.filter((toast) => toast.id !== id) })),
      dismissUndoToasts: (undoEntryId) =>
        set((state) => ({ toasts: state.toasts.filter((toast) => toast.undoEntryId !== undoEntryId) })),
      cardFocusRequest: null,
      requestCardFocus: (request) => set({ cardFocusRequest: request }),
      isSwimlanes: false,
      setSwimlanes: (isSwimlanes) => set({ isSwimlanes }),
      language: 'en',
      setLanguage: (language) => set({ language }),
      isScheduleNoticeDismissed: false,
      phoneColumn: 'To be started',
      setPhoneColumn: (phoneColumn) => set({ phoneColumn }),
      storageProblem: null,
      // Data gone, then a newer schema in another tab, outrank anything else: this tab must not
      // write again, and the later failures of its writes must not hide why.
      setStorageProblem: (problem) =>
        set((state) =>
          state.storageProblem === 'gone' || (state.storageProblem === 'newer-version' && problem !== 'gone')
            ? state
            : { storageProblem: problem },
        ),
    }),
    {
      name: 'action-line-tracker-ui',
      version: 1,
      // Only view preferences survive a reload; toasts and focus requests are momentary.
      partialize: (state) => ({ isSwimlanes: state.isSwimlanes, language: state.language, isScheduleNoticeDismissed: state.isScheduleNoticeDismissed, phoneColumn: state.phoneColumn }),
    },
  ),
);

export function resetUiStore(): void {
  useUiStore.setState({
    toasts: [],
    cardFocusRequest: null,
    isSwimlanes: false,
    language: 'en',
    isScheduleNoticeDismissed: false,
    phoneColumn: 'To be started',
    storageProblem: null,
  });
}
