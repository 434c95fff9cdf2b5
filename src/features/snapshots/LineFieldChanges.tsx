import type { FieldChange, Health, LineChange } from '../../domain';
import { useQuarterFormat, IsolatedMessage, useTranslation } from '../../i18n';
import { CappedList } from './CappedList';

type LineField = 'areaCode' | 'title' | 'text' | 'leadUnit' | 'target' | 'health' | 'healthReason' | 'notes';

/** Lead unit, target, health, notes and text changes of each line, with the values on both sides. */
export function LineFieldChanges({ lines }: { lines: LineChange[] }) {
  const { t } = useTranslation();
  const { formatTarget } = useQuarterFormat();
  if (lines.length === 0) return <p>{t('snapshots.compare.noLineChanges')}</p>;
  const value = (change: FieldChange, text: string | null) => {
    if (change.field === 'health') return t(`health.${(text ?? 'none') as Health | 'none'}`);
    if (!text) return t('snapshots.compare.empty');
    return change.field === 'target' ? formatTarget(text) : text;
  };
  return (
    <CappedList
      items={lines}
      keyOf={(line) => line.code}
      codeOf={(line) => line.code}
      renderItem={(line) => (
        <>
          <span className="snapshots__code">{line.code}</span> <bdi>{line.title}</bdi>
          <ul>
            {line.changes.map((change) => (
              <li key={change.field} data-field={change.field}>
                <IsolatedMessage
                  render={(values) => t('snapshots.compare.lineField', values)}
                  values={{ field: t(`snapshots.lineFields.${change.field as LineField}`), from: value(change, change.from), to: value(change, change.to) }}
                />
              </li>
            ))}
          </ul>
        </>
      )}
    />
  );
}
