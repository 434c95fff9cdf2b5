import type { FieldChange, PriorityItemChange, Status } from '../../domain';
import { useQuarterFormat, IsolatedMessage, useTranslation } from '../../i18n';
import { CappedList } from './CappedList';

type FieldName = 'lineCode' | 'text' | 'milestone' | 'target';

export function PriorityItemChanges({ changes, statusName }: { changes: PriorityItemChange[]; statusName: (status: Status) => string }) {
  const { t } = useTranslation();
  const { formatTarget } = useQuarterFormat();
  if (changes.length === 0) return <p>{t('snapshots.compare.noPriorityItems')}</p>;
  const value = (change: FieldChange, text: string | null) => {
    if (!text) return t('snapshots.compare.empty');
    if (change.field === 'milestone') return statusName(text as Status);
    return change.field === 'target' ? formatTarget(text) : text;
  };
  return (
    <CappedList
      items={changes}
      keyOf={(item) => `${item.kind}-${item.id}`}
      renderItem={(item) => (
        <>
          {item.kind === 'added' && (
            <IsolatedMessage render={(values) => t('snapshots.compare.priorityAdded', values)} values={{ code: item.lineCode, text: item.text }} />
          )}
          {item.kind === 'removed' && (
            <IsolatedMessage render={(values) => t('snapshots.compare.priorityRemoved', values)} values={{ code: item.lineCode, text: item.text }} />
          )}
          {item.kind === 'changed' && (
            <>
              <IsolatedMessage render={(values) => t('snapshots.compare.priorityChanged', values)} values={{ code: item.lineCode, text: item.text }} />
              <ul>
                {item.changes.map((change) => (
                  <li key={change.field}>
                    <IsolatedMessage
                      render={(values) => t('snapshots.compare.priorityField', values)}
                      values={{ field: t(`snapshots.fields.${change.field as FieldName}`), from: value(change, change.from), to: value(change, change.to) }}
                    />
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    />
  );
}
