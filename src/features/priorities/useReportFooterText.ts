import { useTranslation } from 'react-i18next';
import { useReportingDate, useSettings } from '../../data';
import { formatDate } from '../../i18n';

/** "<strategy>: implementation status as of <date>. <source note>" for printed pages. */
export function useReportFooterText(): string {
  const { t, i18n } = useTranslation();
  const { data: settings } = useSettings();
  const { reportingDate } = useReportingDate();
  const strategy = settings?.strategy ?? null;
  return t('priorities.printFooter', {
    strategy: strategy?.title ?? t('app.name'),
    date: formatDate(reportingDate, i18n.language),
    note: strategy?.source.note ?? '',
  });
}
