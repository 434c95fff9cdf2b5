import { useTranslation } from 'react-i18next';
import { useReportingDate, useSettings } from '../../data';
import { formatDate, isolate } from '../../i18n';
import { useInferredStatusNote } from './useInferredStatusNote';

/** "<strategy>: implementation status as of <date>. <statuses still inferred>" for printed pages. */
export function useReportFooterText(): string {
  const { t, i18n } = useTranslation();
  const { data: settings } = useSettings();
  const { reportingDate } = useReportingDate();
  const strategy = settings?.strategy ?? null;
  const note = useInferredStatusNote();
  return t('priorities.printFooter', {
    // A CSS string in the page's margin box, which cannot hold a <bdi>.
    strategy: strategy ? isolate(strategy.title) : t('app.name'),
    date: formatDate(reportingDate, i18n.language),
    note,
  }).trim();
}
