import { useTranslation } from 'react-i18next';
import { statusKey, type TrackerComparison } from '../../domain';
import { formatDate } from '../../i18n';

export function MilestoneChanges({ comparison }: { comparison: TrackerComparison }) {
  const { t, i18n } = useTranslation();
  const { milestonesAdded, milestonesCompleted, milestonesRemoved } = comparison;
  if (milestonesAdded.length + milestonesCompleted.length + milestonesRemoved.length === 0) {
    return <p>{t('snapshots.compare.noMilestones')}</p>;
  }
  return (
    <ul className="snapshots__changes">
      {milestonesCompleted.map((m) => (
        <li key={`completed-${m.id}`}>
          {m.completedOn
            ? t('snapshots.compare.milestoneCompletedOn', { code: m.lineCode, title: m.title, date: formatDate(m.completedOn, i18n.language) })
            : t('snapshots.compare.milestoneCompleted', { code: m.lineCode, title: m.title })}
        </li>
      ))}
      {milestonesAdded.map((m) => (
        <li key={`added-${m.id}`}>
          {t('snapshots.compare.milestoneAdded', { code: m.lineCode, title: m.title, status: t(`status.${statusKey(m.status)}`) })}
        </li>
      ))}
      {milestonesRemoved.map((m) => (
        <li key={`removed-${m.id}`}>{t('snapshots.compare.milestoneRemoved', { code: m.lineCode, title: m.title })}</li>
      ))}
    </ul>
  );
}
