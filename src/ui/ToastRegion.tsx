import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from '../i18n';
import { useUiStore } from '../state/uiStore';
import { ToastItem } from './ToastItem';
import { useOpenDialog } from './useOpenDialog';

/**
 * Polite live region for confirmations; errors use role="alert" so they are announced at once.
 * Confirmations fade after a while, but never while the pointer or focus is on them. While a
 * dialog is open the toasts are drawn inside it: a modal dialog sits in the browser's top layer,
 * above any z-index, and makes everything outside it inert, so toasts outside would be hidden
 * under the card panel and their Undo out of reach.
 */
export function ToastRegion() {
  const { t } = useTranslation();
  const toasts = useUiStore((state) => state.toasts);
  const [isHeld, setIsHeld] = useState(false);
  const regionRef = useRef<HTMLElement>(null);
  const dialog = useOpenDialog();

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
  }, [dialog]);

  const region = (
    <section ref={regionRef} className="toast-region" aria-label={t('toast.region')}>
      <div aria-live="polite">
        {toasts.map((toast) => (
          <ToastItem key={toast.id} toast={toast} isHeld={isHeld} />
        ))}
      </div>
    </section>
  );
  return dialog ? createPortal(region, dialog) : region;
}
