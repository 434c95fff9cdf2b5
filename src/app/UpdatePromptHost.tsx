import { lazy } from 'react';
import { OnceIdle } from './OnceIdle';

const UpdatePrompt = lazy(() => import('./UpdatePrompt').then((module) => ({ default: module.UpdatePrompt })));

/**
 * Registers the service worker, and offers a new version, once the browser is idle after the
 * first paint: nothing on the first screen needs it, and its code (the Workbox registration) is
 * 0.6 kB gzip the first load no longer carries.
 */
export function UpdatePromptHost() {
  return (
    <OnceIdle>
      <UpdatePrompt />
    </OnceIdle>
  );
}
