import { Headline, StatusChartSection, type AnnexData } from '../dashboard';
import { useReportCaveat, useReportTitle } from '../report';
import { useChartSize } from './useChartSize';

export function SummarySlide({ summary }: { summary: AnnexData }) {
  const title = useReportTitle();
  const caveat = useReportCaveat();
  const chart = useChartSize();
  return (
    <div className="slide slide--summary">
      <header className="slide__header">
        <h1 className="slide__title">{title}</h1>
        {caveat && <p className="slide__caveat">{caveat}.</p>}
      </header>
      <Headline figures={summary.headline} />
      <StatusChartSection annex={summary.annex} height={chart.height} labelWidth={chart.labelWidth} />
    </div>
  );
}
