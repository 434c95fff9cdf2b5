import { useEffect, type RefObject } from 'react';

/**
 * Asks for full screen while mounted; the slides work the same when the browser refuses
 * (no user gesture, headless, iframe). Leaving full screen with the browser's own Escape
 * calls `onExit`, so one Escape always leaves the presentation.
 */
export function useFullscreen(ref: RefObject<HTMLElement | null>, onExit: () => void) {
  useEffect(() => {
    const element = ref.current;
    if (!element?.requestFullscreen) return;
    let entered = false;
    const onChange = () => {
      if (document.fullscreenElement === element) entered = true;
      else if (entered) onExit();
    };
    document.addEventListener('fullscreenchange', onChange);
    element.requestFullscreen().catch(() => undefined);
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      if (document.fullscreenElement === element) document.exitFullscreen().catch(() => undefined);
    };
  }, [ref, onExit]);
}
