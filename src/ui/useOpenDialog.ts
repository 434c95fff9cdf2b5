import { useSyncExternalStore } from 'react';

/** The dialog opened last that is still open and on the page, or null. */
function topmostOpenDialog(): HTMLDialogElement | null {
  return [...document.querySelectorAll<HTMLDialogElement>('dialog[open]')].at(-1) ?? null;
}

function subscribe(onChange: () => void): () => void {
  // Attributes for a dialog opening or closing; the tree for one leaving the page still open (a route change).
  const observer = new MutationObserver(onChange);
  observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['open'] });
  return () => observer.disconnect();
}

/** The open dialog, if any: a modal dialog draws over the page and makes the rest of it inert. */
export function useOpenDialog(): HTMLDialogElement | null {
  return useSyncExternalStore(subscribe, topmostOpenDialog, () => null);
}
