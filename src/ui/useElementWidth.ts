import { useCallback, useState } from 'react';

/**
 * The width of an element in pixels, kept current as it resizes; 0 until it is measured. For
 * drawings that take pixels (charts) and must fit a phone as well as a meeting-room screen.
 */
export function useElementWidth<T extends HTMLElement>(): [(element: T | null) => void, number] {
  const [width, setWidth] = useState(0);
  const ref = useCallback((element: T | null) => {
    if (!element) return;
    setWidth(element.clientWidth);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setWidth(element.clientWidth));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
