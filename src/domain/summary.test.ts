import { describe, expect, it } from 'vitest';
import { computeHealthCounts } from './summary';

describe('computeHealthCounts', () => {
  it('counts lines per health and the unassessed ones apart', () => {
    expect(
      computeHealthCounts([
        { health: 'on-track' },
        { health: 'on-track' },
        { health: 'at-risk' },
        { health: 'off-track' },
        { health: null },
      ]),
    ).toEqual({ onTrack: 2, atRisk: 1, offTrack: 1, notAssessed: 1 });
  });

  it('counts nothing for no lines', () => {
    expect(computeHealthCounts([])).toEqual({ onTrack: 0, atRisk: 0, offTrack: 0, notAssessed: 0 });
  });
});
