import { useEffect, useReducer } from 'react';
import { useTranslation } from 'react-i18next';
import { hasViewMessages, loadViewMessages } from './messageParts';

/**
 * For a shell component that sometimes shows the other views' messages (the backup reminder):
 * fetches them once `isNeeded`, and says whether they are there yet in the language shown.
 */
export function useViewMessages(isNeeded: boolean): boolean {
  const { i18n } = useTranslation();
  const [, rerender] = useReducer((count: number) => count + 1, 0);
  const isLoaded = hasViewMessages(i18n.language);
  useEffect(() => {
    // A failed fetch leaves the note unshown; the next view that loads retries it.
    if (isNeeded && !isLoaded) loadViewMessages().then(rerender, () => undefined);
  }, [isNeeded, isLoaded]);
  return isLoaded;
}
