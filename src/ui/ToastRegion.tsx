import { useTranslation } from 'react-i18next';
import { useUiStore } from '../state/uiStore';

/** Polite live region for confirmations; errors use role="alert" so they are announced at once. */
export function ToastRegion() {
  const { t } = useTranslation();
  const toasts = useUiStore((state) => state.toasts);
  const dismissToast = useUiStore((state) => state.dismissToast);
  return (
    <section className="toast-region" aria-label={t('toast.region')}>
      <div aria-live="polite">
        {toasts.map((toast) => (
          <div key={toast.id} className={`toast toast--${toast.kind}`} role={toast.kind === 'error' ? 'alert' : 'status'}>
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
        ))}
      </div>
    </section>
  );
}
