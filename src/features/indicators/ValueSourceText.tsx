import type { ValueSource } from '../../domain';
import { IsolatedMessage, useTranslation } from '../../i18n';

/** "Document, section, page n": where a figure was read. */
export function ValueSourceText({ source }: { source: ValueSource | null }) {
  const { t } = useTranslation();
  if (!source) return <span className="muted">{t('indicators.noSource')}</span>;
  return source.page === null ? (
    <IsolatedMessage render={(values) => t('indicators.source', values)} values={{ document: source.document, section: source.section }} />
  ) : (
    <IsolatedMessage
      render={(values) => t('indicators.sourcePage', values)}
      values={{ document: source.document, section: source.section, page: String(source.page) }}
    />
  );
}
