import { useCallback } from 'react';
import { useTranslation } from '../i18n';
import { changesNothing, type UndoableChange } from '../domain';
import { useUiStore } from '../state/uiStore';
import { useUndoStore } from '../state/undoStore';
import { requestChangeApplier } from './changeApplier';
import { isStaleWrite } from './useStorageErrorMessage';
import { trackSave, useUndoRedo } from './useUndoRedo';

export interface RecordOptions {
  /** Saves the change (useRecordedApply saves it by applying it over its `before`). */
  save: () => Promise<unknown>;
  /** Confirms the saved change in a toast, with Undo. */
  confirm?: boolean;
  /** Says in a toast when the data changed elsewhere since; off where the control says so itself. */
  reportStale?: boolean;
}

export type RecordChange = (change: UndoableChange, label: string, options: RecordOptions) => Promise<void>;

/**
 * Saves a person's change and puts it on the undo stack, the one path every change takes. It is
 * recorded at once, before the save lands, so an immediate Ctrl+Z undoes it; a change whose save
 * fails is forgotten, and the returned promise rejects with the save's error.
 */
export function useRecordedChange(): RecordChange {
  const { t } = useTranslation();
  const { undo } = useUndoRedo();
  const showToast = useUiStore((state) => state.showToast);

  return useCallback(
    async (change, label, { save, confirm = false, reportStale = true }) => {
      if (changesNothing(change)) return;
      const entry = useUndoStore.getState().record({ label, change });
      const saving = save();
      requestChangeApplier();
      trackSave(entry.id, saving);
      try {
        await saving;
      } catch (error) {
        useUndoStore.getState().discard(entry.id);
        if (reportStale && isStaleWrite(error)) showToast({ kind: 'error', message: t('errors.stale') });
        throw error;
      }
      if (confirm) {
        showToast({ kind: 'info', message: label, undoEntryId: entry.id, action: { label: t('undo.action'), run: () => void undo(entry.id) } });
      }
    },
    [showToast, t, undo],
  );
}
