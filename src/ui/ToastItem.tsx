import { useEffect } from 'react';
import { useTranslation } from '../i18n';
import { useUiStore, type Toast } from '../state/uiStore';

const INFO_DELAY_MS = 6_000;
const ACTION_DELAY_MS = 10_000;

export function ToastItem({ toast, isHeld }: { toast: Toast; isHeld: boolean }) {
  const { t } = useTranslation();
  const dismissToast = useUiStore((state) => state.dismissToast);

  useEffect(() => {
    if (toast.kind === 'error' || toast.isSticky || isHeld) return;
    const timer = setTimeout(() => dismissToast(toast.id), toast.action ? ACTION_DELAY_MS : INFO_DELAY_MS);
    return () => clearTimeout(timer);
  }, [toast, isHeld, dismissToast]);

  return (
    <div className={`toast toast--${toast.kind}`} role={toast.kind === 'error' ? 'alert' : 'status'}>
      <span className="toast__message">{toast.message}</span>
      {toast.action && (
        <button
          type="button"
          className="toast__action"
          onClick={() => {
            toast.action?.run();
            dismissToast(toast.id);
          }}
        >
          {toast.action.label}
        </button>
      )}
      <button type="button" className="toast__dismiss" onClick={() => dismissToast(toast.id)}>
        {t('toast.dismiss')}
      </button>
    </div>
  );
}
