import { useSyncExternalStore } from 'react';

/** Today's date in the user's time zone, as YYYY-MM-DD. */
export function todayIsoDate(now: Date = new Date()): string {
  const offset = now.getTimezoneOffset() * 60_000;
  return new Date(now.getTime() - offset).toISOString().slice(0, 10);
}

function untilNextMidnight(now: Date): number {
  const midnight = new Date(now);
  midnight.setHours(24, 0, 0, 0);
  return midnight.getTime() - now.getTime();
}

/**
 * Re-renders its subscribers when the date changes: at local midnight, and when the tab comes
 * back into view (a sleeping laptop or a throttled background tab may miss the timer).
 */
function subscribe(onChange: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let shown = todayIsoDate();
  const check = () => {
    const today = todayIsoDate();
    if (today !== shown) {
      shown = today;
      onChange();
    }
  };
  const schedule = () => {
    timer = setTimeout(() => {
      check();
      schedule();
    }, untilNextMidnight(new Date()));
  };
  schedule();
  document.addEventListener('visibilitychange', check);
  return () => {
    clearTimeout(timer);
    document.removeEventListener('visibilitychange', check);
  };
}

/** The one source of "today" for every view: it changes at midnight while the app is open. */
export function useToday(): string {
  return useSyncExternalStore(subscribe, () => todayIsoDate());
}
