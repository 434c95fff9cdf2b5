import { useTranslation } from '../i18n';
import './inferred-mark.css';

/** A quiet "inferred: verify" tag; its accessible name says what is inferred and what to do. */
export function InferredMark({ kind }: { kind: 'status' | 'link' }) {
  const { t } = useTranslation();
  const name = t(kind === 'status' ? 'inferred.status' : 'inferred.link');
  return (
    <span className="inferred-mark" role="img" aria-label={name} title={name}>
      {t('inferred.label')}
    </span>
  );
}
