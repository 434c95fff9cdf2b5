import { useEffect } from 'react';

interface PresentationKeyHandlers {
  next: () => void;
  previous: () => void;
  first: () => void;
  last: () => void;
  leave: () => void;
}

/** Slide-show keys, as in common presentation software; in a right-to-left language the arrows follow the reading direction. */
export function usePresentationKeys(handlers: PresentationKeyHandlers) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const isRightToLeft = document.documentElement.dir === 'rtl';
      const action = {
        ArrowRight: isRightToLeft ? handlers.previous : handlers.next,
        PageDown: handlers.next,
        ArrowLeft: isRightToLeft ? handlers.next : handlers.previous,
        PageUp: handlers.previous,
        Home: handlers.first,
        End: handlers.last,
        Escape: handlers.leave,
      }[event.key];
      if (!action) return;
      event.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [handlers]);
}
