import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isolate } from '../../i18n';
import { useUiStore } from '../../state/uiStore';
import { UndoOvertakenError } from '../../state/undoStore';

/**
 * Says why an undo or redo did nothing when the data changed elsewhere since. Other failures are
 * already shown by the write that failed.
 */
export function useReportOvertakenUndo(): (error: unknown) => void {
  const { t } = useTranslation();
  const showToast = useUiStore((state) => state.showToast);
  return useCallback(
    (error: unknown) => {
      if (error instanceof UndoOvertakenError) {
        showToast({ kind: 'error', message: t('move.undoOvertaken', { label: isolate(error.entry.label) }) });
      }
    },
    [showToast, t],
  );
}
