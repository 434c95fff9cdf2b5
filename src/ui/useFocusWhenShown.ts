import { useCallback, useEffect, useRef } from 'react';

/**
 * Focuses the element with the id asked for as soon as a render of the calling component shows
 * it: a record added optimistically appears a render or two after the click, not in the next frame.
 */
export function useFocusWhenShown(): (id: string) => void {
  const pendingId = useRef<string | null>(null);
  useEffect(() => {
    const element = pendingId.current === null ? null : document.getElementById(pendingId.current);
    if (!element) return;
    element.focus();
    pendingId.current = null;
  });
  return useCallback((id: string) => {
    pendingId.current = id;
  }, []);
}
