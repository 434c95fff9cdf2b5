import { useEffect } from 'react';

interface PresentationKeyHandlers {
  next: () => void;
  previous: () => void;
  first: () => void;
  last: () => void;
  leave: () => void;
}

/** Slide-show keys, as in common presentation software. */
export function usePresentationKeys(handlers: PresentationKeyHandlers) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const action = {
        ArrowRight: handlers.next,
        PageDown: handlers.next,
        ArrowLeft: handlers.previous,
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
