/** A generator of numbers in [0, 1) that gives the same sequence for the same seed. */
export function createRandom(seed: number): () => number;
