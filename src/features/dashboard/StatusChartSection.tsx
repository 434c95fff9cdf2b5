import { Suspense, lazy } from 'react';
import { IsolatedMessage, useTranslation } from '../../i18n';
import type { AnnexArea } from '../../domain';
import { useElementWidth } from '../../ui/useElementWidth';

const StatusChart = lazy(() => import('./StatusChart'));

interface StatusChartSectionProps {
  annex: AnnexArea[];
  height?: number;
  /** Room for the area names beside the bars, in pixels, at most: a narrow chart gives them less. */
  labelWidth?: number;
  headingLevel?: 2 | 3;
}

/** The chart with its text alternative: the same numbers as a table for screen readers and print. */
export function StatusChartSection({ annex, height = 220, labelWidth = 280, headingLevel = 2 }: StatusChartSectionProps) {
  const { t } = useTranslation();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const [canvasRef, canvasWidth] = useElementWidth<HTMLDivElement>();
  // On a phone a fixed 280 px left the bars no room at all; the names wrap instead.
  const fittedLabelWidth = canvasWidth > 0 ? Math.min(labelWidth, Math.round(canvasWidth * 0.4)) : labelWidth;
  // Names wrapped onto three lines need taller bands than one line does.
  const fittedHeight = fittedLabelWidth < 200 ? Math.round(height * 1.45) : height;
  return (
    <section className="status-chart" aria-labelledby="status-chart-heading">
      <Heading id="status-chart-heading" className="status-chart__title">
        {t('dashboard.chart.heading')}
      </Heading>
      <div ref={canvasRef} className="status-chart__canvas" style={{ blockSize: fittedHeight }} aria-hidden="true">
        <Suspense fallback={<p className="status-chart__loading">{t('dashboard.chart.loading')}</p>}>
          <StatusChart annex={annex} height={fittedHeight} labelWidth={fittedLabelWidth} />
        </Suspense>
      </div>
      {/* Hidden by a wrapper: a table is never narrower than its content, so hidden itself it still widened the page at 390 px. */}
      <div className="visually-hidden">
        <table>
          <caption>{t('dashboard.chart.summary')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.columns.area')}</th>
              <th scope="col">{t('status.completed')}</th>
              <th scope="col">{t('status.ongoing')}</th>
              <th scope="col">{t('status.toBeStarted')}</th>
            </tr>
          </thead>
          <tbody>
            {annex.map(({ area, figures }) => (
              <tr key={area.code}>
                <th scope="row">
                  <IsolatedMessage render={(values) => t('dashboard.chart.areaLabel', values)} values={{ code: area.code, name: area.name }} />
                </th>
                <td>{figures.completed}</td>
                <td>{figures.ongoing}</td>
                <td>{figures.toBeStarted}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
