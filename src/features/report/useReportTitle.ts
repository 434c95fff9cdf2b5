import { useReportingDate, useSettings } from '../../data';
import { formatDate, isolate, useTranslation } from '../../i18n';

/** "ITU Resource Mobilization Strategy: implementation as of 31 March 2026", the print's and the slides' title. */
export function useReportTitle(): string {
  const { t, i18n } = useTranslation();
  const { data: settings } = useSettings();
  const { reportingDate } = useReportingDate();
  return t('report.title', {
    // Isolated rather than in a <bdi>: the title also goes where markup cannot (the printed page's footer, the Word file).
    strategy: isolate(settings?.strategy?.title ?? t('app.name')),
    date: formatDate(reportingDate, i18n.language),
  });
}
