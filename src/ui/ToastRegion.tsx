import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../state/uiStore';
import { ToastItem } from './ToastItem';

/**
 * Polite live region for confirmations; errors use role="alert" so they are announced at once.
 * Confirmations fade after a while, but never while the pointer or focus is on them.
 */
export function ToastRegion() {
  const { t } = useTranslation();
  const toasts = useUiStore((state) => state.toasts);
  const [isHeld, setIsHeld] = useState(false);
  const regionRef = useRef<HTMLElement>(null);

  useEffect(() => {
    const region = regionRef.current;
    if (!region) return;
    const hold = () => setIsHeld(true);
    const release = () => setIsHeld(false);
    const events = [
      ['pointerenter', hold],
      ['pointerleave', release],
      ['focusin', hold],
      ['focusout', release],
    ] as const;
    events.forEach(([name, listener]) => region.addEventListener(name, listener));
    return () => events.forEach(([name, listener]) => region.removeEventListener(name, listener));
  }, []);

  return (
    <section ref={regionRef} className="toast-region" aria-label={t('toast.region')}>
      <div aria-live="polite">
        {toasts.map((toast) => (
          <ToastItem key={toast.id} toast={toast} isHeld={isHeld} />
        ))}
      </div>
    </section>
  );
}
