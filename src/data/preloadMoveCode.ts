import { loadKeyGeneration } from '../domain';
import { loadMoveCode } from '../db';

/**
 * Loads a move's code before the first move: the board asks once it is idle, so the first drop
 * saves as soon as the later ones. A failed load is left to the move, which loads it again.
 */
export function preloadMoveCode(): void {
  void Promise.all([loadKeyGeneration(), loadMoveCode()]).catch(() => undefined);
}
