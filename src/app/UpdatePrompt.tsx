import { useRegisterSW } from 'virtual:pwa-register/react';
import { useTranslation } from '../i18n';

/** A new version is never swapped in under the user: it waits until they choose to reload. */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW();
  if (!needRefresh) return null;
  return (
    <div className="update-prompt" role="status">
      <span>{t('app.updateAvailable')}</span>
      <button type="button" className="button" onClick={() => void updateServiceWorker(true)}>
        {t('app.reload')}
      </button>
      <button type="button" className="button button--secondary" onClick={() => setNeedRefresh(false)}>
        {t('toast.dismiss')}
      </button>
    </div>
  );
}
