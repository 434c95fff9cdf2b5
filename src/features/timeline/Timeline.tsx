import { datePosition, placeTarget, quarterOfDate, formatQuarter, type QuarterRange } from '../../domain';
import { formatDate, IsolatedMessage, useTranslation } from '../../i18n';
import { StatusBadge } from '../../ui/StatusBadge';
import { TimelineScale } from './TimelineScale';
import { TimelineTrack } from './TimelineTrack';
import type { TimelineGroup } from './useTimelineRows';
import './timeline.css';

interface TimelineProps {
  groups: TimelineGroup[];
  range: QuarterRange;
  reportingDate: string;
  headingLevel?: 2 | 3;
}

/** The roadmap: a row per action line on a quarter grid, grouped by area, with the reporting date marked. */
export function Timeline({ groups, range, reportingDate, headingLevel = 2 }: TimelineProps) {
  const { t, i18n } = useTranslation();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const quarterCount = Math.max(1, (range.to.year - range.from.year) * 4 + range.to.quarter - range.from.quarter + 1);
  const reportingPosition = datePosition(reportingDate, range);
  const reportingPlacement = placeTarget(formatQuarter(quarterOfDate(reportingDate)), range);
  const reportingColumn = reportingPlacement.kind === 'in-range' ? reportingPlacement.column : reportingPlacement.kind === 'after' ? quarterCount : 0;
  const unscheduled = groups.flatMap((group) =>
    group.rows.filter((row) => row.placement.kind === 'unscheduled' && row.line.status === 'To be started'),
  );

  return (
    <div className="timeline">
      {unscheduled.length > 0 && (
        <p className="timeline__callout">
          <span className="timeline__callout-swatch" aria-hidden="true" />
          {t('timeline.unscheduledCallout', { count: unscheduled.length, codes: unscheduled.map((row) => row.line.code).join(t('list.separator')) })}
        </p>
      )}
      <ul className="timeline__legend" aria-label={t('timeline.legend')}>
        <li><span className="timeline__diamond" aria-hidden="true" /> {t('timeline.legendTarget')}</li>
        <li><span className="timeline__dot" aria-hidden="true" /> {t('timeline.legendMilestone')}</li>
        <li><span className="timeline__legend-band" aria-hidden="true" /> {t('timeline.legendToBeStarted')}</li>
        <li><span className="timeline__legend-dotted" aria-hidden="true" /> {t('timeline.legendUnscheduled')}</li>
        <li><span className="timeline__legend-today" aria-hidden="true" /> {t('timeline.reportingMarker', { date: formatDate(reportingDate, i18n.language) })}</li>
      </ul>
      <div className="timeline__grid">
        <div className="timeline__row timeline__row--scale">
          <span className="timeline__corner" aria-hidden="true" />
          <TimelineScale range={range} />
        </div>
        {groups.map((group) => (
          <section key={group.area.code} className={`timeline__group timeline__group--${group.area.code.toLowerCase()}`} aria-labelledby={`timeline-${group.area.code}`}>
            <Heading id={`timeline-${group.area.code}`} className="timeline__group-title">
              <IsolatedMessage render={(values) => t('timeline.areaHeading', values)} values={{ code: group.area.code, name: group.area.name }} />
            </Heading>
            <ul className="timeline__rows">
              {group.rows.map((row) => (
                <li key={row.line.code} className="timeline__row" data-code={row.line.code}>
                  <span className="timeline__label">
                    <span className="timeline__code">{row.line.code}</span>
                    <span className="timeline__title">{row.line.title}</span>
                    <StatusBadge status={row.line.status} />
                  </span>
                  <TimelineTrack
                    row={row}
                    quarterCount={quarterCount}
                    reportingPosition={reportingPosition}
                    reportingColumn={reportingColumn}
                  />
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </div>
  );
}
