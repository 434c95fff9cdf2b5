import { useTranslation } from '../i18n';

/** In place of a view, or a part of one, whose code could not load. */
export function PartLoadFailure() {
  const { t } = useTranslation();
  return (
    <div className="page__status" role="alert">
      <p>{t('app.partLoadFailed')}</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {t('app.reload')}
      </button>
    </div>
  );
}
