import { Fragment } from 'react';
import { Link } from 'wouter';
import { usePriorityItems, useReportingDateField } from '../../data';
import { formatDate, useTranslation } from '../../i18n';
import { PrioritiesTable, usePrintFooter, useReportFooterText } from '../priorities';
import { ReportOptions, useReportTitle } from '../report';
import { downloadCsv } from '../../ui/downloadFile';
import { useCsvSeparator } from '../../ui/useCsvSeparator';
import { AreaSection } from './AreaSection';
import { AreaFigures } from '../indicators';
import { DashboardActions } from './DashboardActions';
import { Headline } from './Headline';
import { ReportingDateField } from '../../ui/ReportingDateField';
import { SeedDataLine } from './SeedDataLine';
import { StatusChartSection } from './StatusChartSection';
import { StrategyObjectives } from './StrategyObjectives';
import { useCopySummary } from './useCopySummary';
import { useExportDocx } from './useExportDocx';
import { buildAnnexCsv } from './annexCsv';
import { useAnnexData } from './useAnnexData';
import './dashboard.css';

export function DashboardView() {
  const { t, i18n } = useTranslation();
  const reportingDateField = useReportingDateField();
  const data = useAnnexData();
  const priorities = usePriorityItems();
  usePrintFooter(useReportFooterText());
  const reportTitle = useReportTitle();
  const copySummary = useCopySummary(data.lines);
  const csvSeparator = useCsvSeparator();
  const exportDocx = useExportDocx(data.annex, priorities.data ?? [], data.reportingDate);

  if (data.isPending) return <p className="page__status">{t('app.loading')}</p>;
  if (data.error) {
    return (
      <p className="page__status" role="alert">
        {t('app.loadFailed', { message: data.error.message })}
      </p>
    );
  }

  return (
    <section className="page dashboard" aria-labelledby="dashboard-title">
      <header className="page__header dashboard__header">
        <div className="dashboard__heading">
          <h1 id="dashboard-title" className="page__title">
            <span className="dashboard__screen-title">
              {t('dashboard.title')}
              {data.strategy && <span className="dashboard__strategy">{data.strategy.title}</span>}
            </span>
            {/* On paper the page is the report itself, titled as the Council reads it. */}
            <span className="dashboard__print-title">{reportTitle}</span>
          </h1>
          <p className="dashboard__as-of">{t('dashboard.asOf', { date: formatDate(data.reportingDate, i18n.language) })}</p>
          <p className="page__intro">{t('dashboard.intro')}</p>
        </div>
        <div className="dashboard__controls">
          <DashboardActions
            onExport={() =>
              downloadCsv(
                t('dashboard.csvFileName', { date: data.reportingDate }),
                buildAnnexCsv(data.annex, data.reportingDate, t, csvSeparator),
              )
            }
            onCopySummary={copySummary}
            onExportDocx={exportDocx}
          />
          <ReportOptions />
          <ReportingDateField {...reportingDateField} />
        </div>
      </header>
      {data.strategy && <SeedDataLine document={data.strategy.source.document} />}
      <Headline figures={data.headline} />
      {data.strategy && <StrategyObjectives strategy={data.strategy} />}
      <StatusChartSection annex={data.annex} />
      {data.annex.map((entry) => (
        <Fragment key={entry.area.code}>
          <AreaSection entry={entry} />
          <AreaFigures areaCode={entry.area.code} areaName={entry.area.name} />
        </Fragment>
      ))}
      <section className="dashboard__priorities" aria-labelledby="dashboard-priorities-heading">
        <header className="dashboard__priorities-header">
          <h2 id="dashboard-priorities-heading">{t('dashboard.prioritiesHeading')}</h2>
          <Link to="/priorities" className="dashboard__edit-link">
            {t('dashboard.editPriorities')}
          </Link>
        </header>
        <PrioritiesTable items={priorities.data ?? []} reportingDate={data.reportingDate} caption={t('dashboard.prioritiesHeading')} />
      </section>
    </section>
  );
}
