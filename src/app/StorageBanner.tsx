import { Link } from 'wouter';
import { useTranslation } from '../i18n';
import { useUiStore } from '../state/uiStore';

/** Names a storage problem and what to do about it; stays until dismissed or the page reloads. */
export function StorageBanner() {
  const { t } = useTranslation();
  const problem = useUiStore((state) => state.storageProblem);
  const setStorageProblem = useUiStore((state) => state.setStorageProblem);
  if (!problem) return null;
  const needsReload = problem !== 'quota';
  return (
    <div className="storage-banner" role="alert">
      <div className="storage-banner__text">
        <strong>{t(`storage.banner.${problem}.title`)}</strong> <span>{t(`storage.banner.${problem}.body`)}</span>
      </div>
      <div className="storage-banner__actions">
        {problem === 'quota' && (
          <Link className="button button--secondary" to="/snapshots">
            {t('storage.banner.export')}
          </Link>
        )}
        {needsReload ? (
          <button type="button" className="button" onClick={() => window.location.reload()}>
            {t('storage.banner.reload')}
          </button>
        ) : (
          <button type="button" className="button button--secondary" onClick={() => setStorageProblem(null)}>
            {t('storage.banner.dismiss')}
          </button>
        )}
      </div>
    </div>
  );
}
