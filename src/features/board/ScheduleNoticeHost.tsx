import { lazy, Suspense, useEffect, useState } from 'react';
import { loadViewMessages } from '../../i18n';
import { useUiStore } from '../../state/uiStore';

const ScheduleNotice = lazy(async () => {
  const [module] = await Promise.all([import('./ScheduleNotice'), loadViewMessages()]);
  return { default: module.ScheduleNotice };
});

/**
 * Shows the note on the schedule flags until it is dismissed. Asked for in the frame that paints
 * the cards, so its code and messages load after them and the board's first load does not carry them.
 */
export function ScheduleNoticeHost() {
  const isDismissed = useUiStore((state) => state.isScheduleNoticeDismissed);
  const [isBoardPainted, setBoardPainted] = useState(false);
  useEffect(() => {
    const frame = requestAnimationFrame(() => setBoardPainted(true));
    return () => cancelAnimationFrame(frame);
  }, []);
  return isBoardPainted && !isDismissed ? (
    <Suspense fallback={null}>
      <ScheduleNotice />
    </Suspense>
  ) : null;
}
