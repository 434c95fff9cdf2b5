import { useTranslation } from 'react-i18next';
import type { Strategy } from '../../domain';
import { formatDate } from '../../i18n';

/** Shown only on paper, repeated on every page: what the document is, as of when, from where. */
export function PrintFooter({ strategy, reportingDate }: { strategy: Strategy | null; reportingDate: string }) {
  const { t, i18n } = useTranslation();
  return (
    <p className="print-footer">
      {t('dashboard.printFooter', {
        strategy: strategy?.title ?? t('app.name'),
        date: formatDate(reportingDate, i18n.language),
        note: strategy?.source.note ?? '',
      })}
    </p>
  );
}
