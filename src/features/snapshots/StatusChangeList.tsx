import { useTranslation } from 'react-i18next';
import { statusKey, type StatusChange } from '../../domain';
import { CappedList } from './CappedList';

export function StatusChangeList({ changes }: { changes: StatusChange[] }) {
  const { t } = useTranslation();
  return (
    <CappedList
      items={changes}
      keyOf={(change) => change.code}
      codeOf={(change) => change.code}
      renderItem={(change) => (
        <>
          <span className="snapshots__code">{change.code}</span> <bdi>{change.title}</bdi>:{' '}
          <strong>
            {t('snapshots.compare.statusChange', {
              from: t(`status.${statusKey(change.from)}`),
              to: t(`status.${statusKey(change.to)}`),
            })}
          </strong>
        </>
      )}
    />
  );
}
