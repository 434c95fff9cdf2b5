import type { CSSProperties } from 'react';
import { statusKey } from '../../domain';
import { useQuarterFormat, useTranslation } from '../../i18n';
import type { TimelineRow } from './useTimelineRows';

interface TimelineTrackProps {
  row: TimelineRow;
  quarterCount: number;
  /** 0..1 across the range, or null when the reporting date is outside it. */
  reportingPosition: number | null;
  /** Quarter column of the reporting date, where unscheduled work starts. */
  reportingColumn: number;
}

function at(column: number, quarterCount: number): CSSProperties {
  return { insetInlineStart: `${(column / quarterCount) * 100}%`, inlineSize: `${100 / quarterCount}%` };
}

/** One action line across the quarters: its target, its milestones, or a band when it has no target. */
export function TimelineTrack({ row, quarterCount, reportingPosition, reportingColumn }: TimelineTrackProps) {
  const { t } = useTranslation();
  const { formatTarget } = useQuarterFormat();
  const { line, placement } = row;
  const status = statusKey(line.status);
  return (
    <div className="timeline__track" style={{ '--quarters': quarterCount } as CSSProperties}>
      {Array.from({ length: quarterCount }, (_, column) => (
        <span key={column} className="timeline__cell" aria-hidden="true" />
      ))}
      {placement.kind === 'in-range' && (
        <span className={`timeline__target timeline__target--${status}`} style={at(placement.column, quarterCount)}>
          <span className="timeline__diamond" aria-hidden="true" />
          <span className="timeline__target-text">{formatTarget(line.target)}</span>
        </span>
      )}
      {placement.kind === 'period' && (
        <span
          className={`timeline__period timeline__period--${status}`}
          style={{
            insetInlineStart: `${(placement.fromColumn / quarterCount) * 100}%`,
            inlineSize: `${((placement.toColumn - placement.fromColumn + 1) / quarterCount) * 100}%`,
          }}
        >
          <span className="timeline__band-text">{t('timeline.periodTarget', { target: formatTarget(line.target) })}</span>
        </span>
      )}
      {placement.kind === 'before' && (
        <span className="timeline__outside timeline__outside--before">{t('timeline.beforeRange', { target: formatTarget(line.target) })}</span>
      )}
      {placement.kind === 'after' && (
        <span className="timeline__outside timeline__outside--after">{t('timeline.afterRange', { target: formatTarget(line.target) })}</span>
      )}
      {placement.kind === 'unscheduled' && line.status !== 'Completed' && (
        <span
          className={`timeline__band timeline__band--${status}`}
          style={{
            insetInlineStart: `${(Math.max(0, reportingColumn) / quarterCount) * 100}%`,
            insetInlineEnd: 0,
          }}
        >
          {line.status === 'To be started' ? (
            <span className="timeline__band-text">{t('timeline.unscheduledToBeStarted')}</span>
          ) : (
            <span className="visually-hidden">{t('timeline.unscheduled')}</span>
          )}
        </span>
      )}
      {row.milestones.map(({ milestone, placement: milestonePlacement }) =>
        milestonePlacement.kind === 'in-range' ? (
          <span key={milestone.id} className="timeline__milestone" style={at(milestonePlacement.column, quarterCount)}>
            <span className="timeline__dot" aria-hidden="true" />
            {/* The title for the eye; the full sentence below for a screen reader. */}
            <span className="timeline__milestone-text" aria-hidden="true">
              {milestone.title}
            </span>
            <span className="visually-hidden">
              {t('timeline.milestoneTarget', {
                title: milestone.title,
                target: formatTarget(milestone.target),
                status: t(`status.${statusKey(milestone.status)}`),
              })}
            </span>
          </span>
        ) : null,
      )}
      {reportingPosition !== null && (
        <span className="timeline__today" style={{ insetInlineStart: `${reportingPosition * 100}%` }} aria-hidden="true" />
      )}
    </div>
  );
}
