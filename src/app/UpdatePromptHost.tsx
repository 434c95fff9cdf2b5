import { lazy, useEffect, useState } from 'react';
import { whenIdle } from '../data';
import { OptionalPart } from '../ui/OptionalPart';

const UpdatePrompt = lazy(() => import('./UpdatePrompt').then((module) => ({ default: module.UpdatePrompt })));

/**
 * Registers the service worker, and offers a new version, once the browser is idle after the
 * first paint: nothing on the first screen needs it, and its code (the Workbox registration) is
 * 0.6 kB gzip the first load no longer carries.
 */
export function UpdatePromptHost() {
  const [isIdle, setIsIdle] = useState(false);
  useEffect(() => whenIdle(() => setIsIdle(true)), []);
  if (!isIdle) return null;
  return (
    <OptionalPart>
      <UpdatePrompt />
    </OptionalPart>
  );
}
