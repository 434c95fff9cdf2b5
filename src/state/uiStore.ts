import { create } from 'zustand';

export interface Toast {
  id: number;
  kind: 'info' | 'error';
  message: string;
}

interface ToastSlice {
  toasts: Toast[];
  showToast: (toast: Omit<Toast, 'id'>) => void;
  dismissToast: (id: number) => void;
}

export interface CardFocusRequest {
  code: string;
  status: string;
  order: number;
}

interface FocusSlice {
  /** The card whose Move button takes focus once it shows at this status and position. */
  cardFocusRequest: CardFocusRequest | null;
  requestCardFocus: (request: CardFocusRequest | null) => void;
}

export type UiState = ToastSlice & FocusSlice;

let nextToastId = 1;

/** UI state only: nothing here is tracker data, which lives in Dexie. */
export const useUiStore = create<UiState>()((set) => ({
  toasts: [],
  showToast: (toast) => set((state) => ({ toasts: [...state.toasts, { ...toast, id: nextToastId++ }] })),
  dismissToast: (id) => set((state) => ({ toasts: state.toasts.filter((toast) => toast.id !== id) })),
  cardFocusRequest: null,
  requestCardFocus: (request) => set({ cardFocusRequest: request }),
}));

export function resetUiStore(): void {
  useUiStore.setState({ toasts: [], cardFocusRequest: null });
}
