import { Suspense, type ReactNode } from 'react';
import { LoadBoundary } from './LoadBoundary';

/**
 * A part of the page whose code loads on demand and that the page can do without (a prompt, a
 * banner, the sync state): nothing shows while it loads, and nothing if its code cannot load,
 * until the next visit.
 */
export function OptionalPart({ children }: { children: ReactNode }) {
  return (
    <LoadBoundary fallback={null}>
      <Suspense fallback={null}>{children}</Suspense>
    </LoadBoundary>
  );
}
