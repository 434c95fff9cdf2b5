import { Link } from 'wouter';
import { useTranslation } from '../i18n';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <section className="page" aria-labelledby="not-found-title">
      <h1 id="not-found-title" className="page__title">
        {t('app.notFound')}
      </h1>
      <Link to="/board">{t('app.backToBoard')}</Link>
    </section>
  );
}
