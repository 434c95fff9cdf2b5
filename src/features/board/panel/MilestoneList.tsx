import { useId, useMemo } from 'react';
import { useTranslation } from '../../../i18n';
import { sortByRank, type ActionLine } from '../../../domain';
import { rankAfter } from '../../../domain/rank';
import { useMilestones, useReportingDate } from '../../../data';
import { AddMilestoneForm } from './AddMilestoneForm';
import { MilestoneRow } from './MilestoneRow';

export function MilestoneList({ line }: { line: ActionLine }) {
  const { t } = useTranslation();
  const id = useId();
  const { data: all = [] } = useMilestones();
  const { reportingDate } = useReportingDate();
  const milestones = useMemo(() => sortByRank(all.filter((m) => m.lineCode === line.code)), [all, line.code]);
  const done = milestones.filter((m) => m.status === 'Completed').length;

  return (
    <section className="panel__section" aria-labelledby={`${id}-milestones`}>
      <div className="panel__section-header">
        <h3 id={`${id}-milestones`} className="panel__section-title">
          {t('milestones.title')}
        </h3>
        {milestones.length > 0 && (
          <span className="panel__section-meta">{t('milestones.progress', { done, total: milestones.length })}</span>
        )}
      </div>
      {milestones.length === 0 ? (
        <p className="panel__empty">{t('milestones.empty')}</p>
      ) : (
        <ol className="milestones">
          {milestones.map((milestone, index) => (
            <MilestoneRow
              key={milestone.id}
              milestone={milestone}
              position={index + 1}
              isFirst={index === 0}
              isLast={index === milestones.length - 1}
              reportingDate={reportingDate}
            />
          ))}
        </ol>
      )}
      <AddMilestoneForm lineCode={line.code} nextRank={rankAfter(milestones.at(-1)?.rank ?? null)} />
    </section>
  );
}
