import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../../state/uiStore';
import { useUndoStore } from '../../state/undoStore';
import { useReportOvertakenUndo } from './useReportOvertakenUndo';

function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Ctrl/Cmd+Z undoes the last saved change, Ctrl/Cmd+Shift+Z (or Ctrl+Y) redoes it. */
export function useUndoShortcuts(): void {
  const { t } = useTranslation();
  const undo = useUndoStore((state) => state.undo);
  const redo = useUndoStore((state) => state.redo);
  const showToast = useUiStore((state) => state.showToast);
  const reportOvertaken = useReportOvertakenUndo();

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || isTextEntry(event.target)) return;
      const key = event.key.toLowerCase();
      const isRedo = (key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey);
      const isUndo = key === 'z' && !event.shiftKey;
      if (!isUndo && !isRedo) return;
      event.preventDefault();
      const run = isRedo ? redo() : undo();
      run
        .then((entry) =>
          showToast({
            kind: 'info',
            message: entry
              ? t(isRedo ? 'move.redone' : 'move.undone', { label: entry.label })
              : t(isRedo ? 'move.nothingToRedo' : 'move.nothingToUndo'),
          }),
        )
        .catch(reportOvertaken);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [redo, reportOvertaken, showToast, t, undo]);
}
