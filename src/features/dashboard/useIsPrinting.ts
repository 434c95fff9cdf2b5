import { useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';

const listeners = new Set<() => void>();
let isPrinting = false;

function setPrinting(value: boolean): void {
  isPrinting = value;
  // Synchronously: the browser lays the page out for print as soon as 'beforeprint' returns.
  flushSync(() => {
    for (const listener of listeners) listener();
  });
}

const startPrinting = () => setPrinting(true);
const stopPrinting = () => setPrinting(false);

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) {
    window.addEventListener('beforeprint', startPrinting);
    window.addEventListener('afterprint', stopPrinting);
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size > 0) return;
    window.removeEventListener('beforeprint', startPrinting);
    window.removeEventListener('afterprint', stopPrinting);
  };
}

/** Whether the page is being printed (between 'beforeprint' and 'afterprint'). */
export function useIsPrinting(): boolean {
  return useSyncExternalStore(subscribe, () => isPrinting);
}
