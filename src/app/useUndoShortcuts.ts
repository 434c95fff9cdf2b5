import { useEffect } from 'react';
import { useUndoRedo } from '../data';

/** Inputs that hold no text of their own: Ctrl+Z on them means the app's undo, not the field's. */
const NON_TEXT_INPUTS = new Set(['button', 'checkbox', 'color', 'file', 'image', 'radio', 'range', 'reset', 'submit']);

/**
 * Where the browser's own undo applies: a text field or editable text. A select or checkbox keeps
 * no undo of its own, and its change is already saved, so Ctrl+Z there undoes that change.
 */
function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && !NON_TEXT_INPUTS.has(target.type);
}

/** Ctrl/Cmd+Z undoes the last saved change, Ctrl/Cmd+Shift+Z (or Ctrl+Y) redoes it, in every view. */
export function useUndoShortcuts(): void {
  const { undo, redo } = useUndoRedo();

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || isTextEntry(event.target)) return;
      const key = event.key.toLowerCase();
      const isRedo = (key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey);
      const isUndo = key === 'z' && !event.shiftKey;
      if (!isUndo && !isRedo) return;
      event.preventDefault();
      void (isRedo ? redo() : undo());
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [redo, undo]);
}
