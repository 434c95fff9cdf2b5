import { useTranslation } from '../i18n';

/** Shown while a view's code loads on demand. */
export function PageLoading() {
  const { t } = useTranslation();
  return (
    <p className="page__status" role="status">
      {t('app.loading')}
    </p>
  );
}
