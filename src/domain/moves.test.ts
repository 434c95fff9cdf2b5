import { describe, expect, it } from 'vitest';
import { applyMove, linesInStatus, positionOf } from './moves';
import type { Status } from './status';

const line = (code: string, status: Status, order: number) => ({ code, status, order });

const board = [
  line('A', 'To be started', 0),
  line('B', 'To be started', 1),
  line('C', 'Ongoing', 0),
  line('D', 'Ongoing', 1),
  line('E', 'Ongoing', 2),
];

const codes = (lines: ReturnType<typeof line>[], status: Status) => linesInStatus(lines, status).map((l) => l.code);

describe('applyMove', () => {
  it('moves a line to another column at a position and renumbers both columns', () => {
    const moved = applyMove(board, 'A', 'Ongoing', 1);
    expect(codes(moved, 'To be started')).toEqual(['B']);
    expect(codes(moved, 'Ongoing')).toEqual(['C', 'A', 'D', 'E']);
    expect(linesInStatus(moved, 'Ongoing').map((l) => l.order)).toEqual([0, 1, 2, 3]);
    expect(moved.find((l) => l.code === 'B')?.order).toBe(0);
  });

  it('reorders within a column', () => {
    expect(codes(applyMove(board, 'E', 'Ongoing', 0), 'Ongoing')).toEqual(['E', 'C', 'D']);
    expect(codes(applyMove(board, 'C', 'Ongoing', 2), 'Ongoing')).toEqual(['D', 'E', 'C']);
  });

  it('clamps the position to the column', () => {
    expect(codes(applyMove(board, 'A', 'Completed', 99), 'Completed')).toEqual(['A']);
    expect(codes(applyMove(board, 'A', 'Ongoing', -5), 'Ongoing')).toEqual(['A', 'C', 'D', 'E']);
  });

  it('keeps unchanged lines as the same objects', () => {
    const moved = applyMove(board, 'B', 'Completed', 0);
    expect(moved[2]).toBe(board[2]);
    expect(moved[0]).toBe(board[0]);
  });

  it('returns the lines unchanged for an unknown code', () => {
    expect(applyMove(board, 'Z', 'Ongoing', 0)).toEqual(board);
  });
});

describe('positionOf', () => {
  it('gives index and column size', () => {
    expect(positionOf(board, 'D')).toEqual({ status: 'Ongoing', index: 1, count: 3 });
    expect(positionOf(board, 'Z')).toBeNull();
  });
});
