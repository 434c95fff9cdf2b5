import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void) {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
}

const snapshot = () => `${window.innerWidth}x${window.innerHeight}`;

/**
 * The status chart's size in pixels, a share of the screen: the chart library takes pixels, and
 * the slide's type grows with the screen, so a fixed size would crowd a 1280x720 slide and look
 * lost on a 3840x2160 one.
 */
export function useChartSize(): { height: number; labelWidth: number } {
  const size = useSyncExternalStore(subscribe, snapshot);
  const [width = 1920, height = 1080] = size.split('x').map(Number);
  return { height: Math.round(height * 0.3), labelWidth: Math.round(width * 0.28) };
}
