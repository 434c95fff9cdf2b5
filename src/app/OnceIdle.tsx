import { useEffect, useState, type ReactNode } from 'react';
import { whenIdle } from '../data';
import { OptionalPart } from '../ui/OptionalPart';

/**
 * A part of the page that nothing on the first screen needs: it renders, and so its code loads
 * on demand, once the browser is idle after the first paint, keeping it out of the first load.
 */
export function OnceIdle({ children }: { children: ReactNode }) {
  const [isIdle, setIsIdle] = useState(false);
  useEffect(() => whenIdle(() => setIsIdle(true)), []);
  return isIdle ? <OptionalPart>{children}</OptionalPart> : null;
}
