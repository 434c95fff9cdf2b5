import { describe, expect, it } from 'vitest';
import { applyLineMove, linesInStatus, positionOf } from './moves';
import { planLineMove } from './rank';
import type { Status } from './status';

const line = (code: string, status: Status, rank: string) => ({ code, status, rank });

const board = [
  line('A', 'To be started', 'a0'),
  line('B', 'To be started', 'a1'),
  line('E', 'Ongoing', 'a2'),
  line('C', 'Ongoing', 'a0'),
  line('D', 'Ongoing', 'a1'),
];

const codes = (lines: ReturnType<typeof line>[], status: Status) => linesInStatus(lines, status).map((l) => l.code);

describe('linesInStatus', () => {
  it('orders a column by key, comparing code units (upper case before lower), ties by code', () => {
    const column = [line('M2', 'Ongoing', 'aa'), line('M1', 'Ongoing', 'aB'), line('M4', 'Ongoing', 'a0'), line('M3', 'Ongoing', 'a0')];
    expect(codes(column, 'Ongoing')).toEqual(['M3', 'M4', 'M1', 'M2']);
  });
});

describe('planLineMove and applyLineMove', () => {
  const move = (code: string, status: Status, index: number) => applyLineMove(board, code, status, planLineMove(board, code, status, index));

  it('moves a line to another column at a position, changing only that line', () => {
    const moved = move('A', 'Ongoing', 1);
    expect(codes(moved, 'To be started')).toEqual(['B']);
    expect(codes(moved, 'Ongoing')).toEqual(['C', 'A', 'D', 'E']);
    expect(moved.filter((l, i) => l !== board[i]).map((l) => l.code)).toEqual(['A']);
  });

  it('reorders within a column', () => {
    expect(codes(move('E', 'Ongoing', 0), 'Ongoing')).toEqual(['E', 'C', 'D']);
    expect(codes(move('C', 'Ongoing', 2), 'Ongoing')).toEqual(['D', 'E', 'C']);
  });

  it('clamps the position to the column', () => {
    expect(codes(move('A', 'Completed', 99), 'Completed')).toEqual(['A']);
    expect(codes(move('A', 'Ongoing', -5), 'Ongoing')).toEqual(['A', 'C', 'D', 'E']);
  });

  it('gives a tied column fresh keys, which the move carries', () => {
    const tied = [line('A', 'Ongoing', 'a0'), line('B', 'Ongoing', 'a0'), line('X', 'Completed', 'a0')];
    const placement = planLineMove(tied, 'X', 'Ongoing', 1);
    expect(placement.rebalanced.map((sibling) => sibling.id)).toEqual(['B']);
    const moved = applyLineMove(tied, 'X', 'Ongoing', placement);
    expect(codes(moved, 'Ongoing')).toEqual(['A', 'X', 'B']);
    expect(new Set(moved.map((l) => l.rank)).size).toBe(3);
  });
});

describe('positionOf', () => {
  it('gives column, key, index and column size', () => {
    expect(positionOf(board, 'D')).toEqual({ status: 'Ongoing', rank: 'a1', index: 1, count: 3 });
    expect(positionOf(board, 'Z')).toBeNull();
  });
});
