import { statusKey, type TrackerComparison } from '../../domain';
import { IsolatedMessage, formatDate, useTranslation } from '../../i18n';
import { CappedList } from './CappedList';

export function MilestoneChanges({ comparison }: { comparison: TrackerComparison }) {
  const { t, i18n } = useTranslation();
  const { milestonesAdded, milestonesCompleted, milestonesRemoved } = comparison;
  if (milestonesAdded.length + milestonesCompleted.length + milestonesRemoved.length === 0) {
    return <p>{t('snapshots.compare.noMilestones')}</p>;
  }
  // Described lazily: only the items on screen are formatted, not all 20,000 of a large import.
  const items = [
    ...milestonesCompleted.map((m) => ({
      key: `completed-${m.id}`,
      describe: () =>
        m.completedOn ? (
          <IsolatedMessage
            render={(values) => t('snapshots.compare.milestoneCompletedOn', values)}
            values={{ code: m.lineCode, title: m.title, date: formatDate(m.completedOn, i18n.language) }}
          />
        ) : (
          <IsolatedMessage render={(values) => t('snapshots.compare.milestoneCompleted', values)} values={{ code: m.lineCode, title: m.title }} />
        ),
    })),
    ...milestonesAdded.map((m) => ({
      key: `added-${m.id}`,
      describe: () => (
        <IsolatedMessage
          render={(values) => t('snapshots.compare.milestoneAdded', values)}
          values={{ code: m.lineCode, title: m.title, status: t(`status.${statusKey(m.status)}`) }}
        />
      ),
    })),
    ...milestonesRemoved.map((m) => ({
      key: `removed-${m.id}`,
      describe: () => <IsolatedMessage render={(values) => t('snapshots.compare.milestoneRemoved', values)} values={{ code: m.lineCode, title: m.title }} />,
    })),
  ];
  return <CappedList items={items} keyOf={(item) => item.key} renderItem={(item) => item.describe()} />;
}
