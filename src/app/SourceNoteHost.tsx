import { lazy } from 'react';
import { OnceIdle } from './OnceIdle';

const SourceNote = lazy(() => import('./SourceNote').then((module) => ({ default: module.SourceNote })));

/**
 * The footer's seed data note, once the browser is idle after the first paint: it sits at the
 * page's end, below the first screen, and its code and its count (0.2 kB gzip) kept first-load
 * JavaScript within its budget only by loading after the board.
 */
export function SourceNoteHost() {
  return (
    <OnceIdle>
      <SourceNote />
    </OnceIdle>
  );
}
