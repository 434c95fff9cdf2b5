import { useCallback } from 'react';
import { invertChange } from '../domain';
import { isolate, useTranslation } from '../i18n';
import { useUiStore } from '../state/uiStore';
import { useUndoStore } from '../state/undoStore';
import { changeApplier } from './changeApplier';
import { isStaleWrite } from './useStorageErrorMessage';

/**
 * The saves still under way, by undo entry: an undo waits for its change's own save, so that
 * Ctrl+Z pressed before a save lands undoes that change and not the one before. Only this page's
 * saves can be under way, so this lives in memory while the entries themselves are stored.
 */
const pendingSaves = new Map<number, Promise<unknown>>();

export function trackSave(id: number, saving: Promise<unknown>): void {
  pendingSaves.set(id, saving);
  const settle = () => pendingSaves.delete(id);
  saving.then(settle, settle);
}

export interface UndoRedo {
  /** Undoes the newest change, or the given one while it is still undoable. */
  undo: (id?: number) => Promise<void>;
  redo: () => Promise<void>;
}

/**
 * Undo and redo over the one stack of this tab, for the toasts' Undo buttons and the keyboard
 * alike. Each says in a toast what it did; one refused because the data changed since is dropped
 * and says why, and one that failed otherwise stays (its write already showed the error).
 */
export function useUndoRedo(): UndoRedo {
  const { t } = useTranslation();
  const showToast = useUiStore((state) => state.showToast);

  const run = useCallback(
    async (direction: 'undo' | 'redo', id?: number) => {
      const store = useUndoStore.getState();
      const entry = direction === 'undo' ? store.takeUndo(id) : store.takeRedo();
      if (!entry) {
        showToast({ kind: 'info', message: t(direction === 'undo' ? 'undo.nothingToUndo' : 'undo.nothingToRedo') });
        return;
      }
      if (direction === 'undo') useUiStore.getState().dismissUndoToasts(entry.id);
      try {
        await pendingSaves.get(entry.id);
        const apply = await changeApplier();
        await apply(direction === 'undo' ? invertChange(entry.change) : entry.change);
        showToast({ kind: 'info', message: t(direction === 'undo' ? 'undo.undone' : 'undo.redone', { label: entry.label }) });
      } catch (error) {
        if (!isStaleWrite(error)) {
          // Back onto its stack, unless the change itself failed to save and was discarded meanwhile.
          useUndoStore.getState().putBack(entry, direction);
          return;
        }
        useUndoStore.getState().discard(entry.id);
        showToast({
          kind: 'error',
          message: t(direction === 'undo' ? 'undo.undoOvertaken' : 'undo.redoOvertaken', { label: isolate(entry.label) }),
        });
      }
    },
    [showToast, t],
  );

  return { undo: useCallback((id?: number) => run('undo', id), [run]), redo: useCallback(() => run('redo'), [run]) };
}
