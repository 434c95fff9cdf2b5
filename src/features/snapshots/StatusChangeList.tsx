import { useTranslation } from 'react-i18next';
import { statusKey, type StatusChange } from '../../domain';

export function StatusChangeList({ changes }: { changes: StatusChange[] }) {
  const { t } = useTranslation();
  return (
    <ul className="snapshots__changes">
      {changes.map((change) => (
        <li key={change.code} data-code={change.code}>
          <span className="snapshots__code">{change.code}</span> {change.title}:{' '}
          <strong>
            {t('snapshots.compare.statusChange', {
              from: t(`status.${statusKey(change.from)}`),
              to: t(`status.${statusKey(change.to)}`),
            })}
          </strong>
        </li>
      ))}
    </ul>
  );
}
