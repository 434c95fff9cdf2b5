import { describe, expect, it } from 'vitest';
import { SEED_AREAS, buildSeedActionLines } from '../../domain';
import { buildContainers, findContainerOf, placeOnDrop } from './boardContainers';

const items = { A: ['a1', 'a2', 'a3'], B: ['b1', 'b2'], C: [] as string[] };

describe('placeOnDrop', () => {
  it('reorders within a container', () => {
    expect(placeOnDrop(items, 'a1', 'A', 'A', 'a3').A).toEqual(['a2', 'a3', 'a1']);
    expect(placeOnDrop(items, 'a2', 'A', 'A', 'A')).toBe(items);
  });

  it('drops into another container in the place of the card it is over', () => {
    const placed = placeOnDrop(items, 'a2', 'A', 'B', 'b2');
    expect(placed.A).toEqual(['a1', 'a3']);
    expect(placed.B).toEqual(['b1', 'a2', 'b2']);
  });

  it('drops at the end of a container dropped on as a whole', () => {
    expect(placeOnDrop(items, 'b1', 'B', 'C', 'C').C).toEqual(['b1']);
  });
});

describe('buildContainers', () => {
  const lines = buildSeedActionLines('2026-01-01T00:00:00.000Z');

  it('makes one container per status, or per area and status in swimlanes', () => {
    expect(buildContainers(lines, SEED_AREAS, false).map((c) => [c.id, c.codes.length])).toEqual([
      ['To be started', 6],
      ['Ongoing', 16],
      ['Completed', 2],
    ]);
    const lanes = buildContainers(lines, SEED_AREAS, true);
    expect(lanes).toHaveLength(9);
    expect(lanes.find((c) => c.id === 'V|To be started')?.codes).toEqual(['V7']);
  });

  it('finds the container of a card or a container id', () => {
    expect(findContainerOf(items, 'b2')).toBe('B');
    expect(findContainerOf(items, 'C')).toBe('C');
    expect(findContainerOf(items, 'zz')).toBeUndefined();
  });
});
