import { lazy } from 'react';
import { OnceIdle } from './OnceIdle';

const SourceNote = lazy(() => import('./SourceNote').then((module) => ({ default: module.SourceNote })));

/**
 * The footer's seed data note, once the browser is idle after the first paint: it sits at the
 * page's end, below the first screen, and loading its code and its count (0.2 kB gzip) after the
 * board keeps first-load JavaScript within its budget.
 */
export function SourceNoteHost() {
  return (
    <OnceIdle>
      <SourceNote />
    </OnceIdle>
  );
}
