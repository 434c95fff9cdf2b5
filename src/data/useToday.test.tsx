import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { useToday } from './useToday';

function TodayShown() {
  return <p>{useToday()}</p>;
}

describe('useToday', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('moves to the new date at midnight while the app stays open', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    vi.setSystemTime(new Date(2026, 2, 31, 23, 59, 30));
    render(<TodayShown />);
    expect(screen.getByText('2026-03-31')).toBeInTheDocument();
    act(() => {
      vi.advanceTimersByTime(31_000);
    });
    expect(screen.getByText('2026-04-01')).toBeInTheDocument();
  });

  it('catches up when the tab comes back into view after missing the timer', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    vi.setSystemTime(new Date(2026, 5, 30, 22, 0, 0));
    render(<TodayShown />);
    // The machine slept through midnight: time moved on but no timer fired.
    vi.setSystemTime(new Date(2026, 6, 1, 8, 0, 0));
    act(() => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    expect(screen.getByText('2026-07-01')).toBeInTheDocument();
  });
});
