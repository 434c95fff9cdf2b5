import { useTranslation } from 'react-i18next';
import { Headline, StatusChartSection, type AnnexData } from '../dashboard';
import { formatDate, IsolatedMessage } from '../../i18n';

export function SummarySlide({ summary }: { summary: AnnexData }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="slide slide--summary">
      <header className="slide__header">
        <h1 className="slide__title">
          <IsolatedMessage render={(values) => t('presentation.summaryTitle', values)} values={{ strategy: summary.strategy?.title ?? t('app.name') }} />
        </h1>
        <p className="slide__subtitle">{t('dashboard.asOf', { date: formatDate(summary.reportingDate, i18n.language) })}</p>
      </header>
      <Headline figures={summary.headline} />
      <StatusChartSection annex={summary.annex} height={380} labelWidth={420} />
    </div>
  );
}
