import { statusKey, type StatusChange } from '../../domain';
import { IsolatedMessage, useTranslation } from '../../i18n';
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
          <span className="snapshots__code">{change.code}</span>{' '}
          {/* The title and the change in one message: languages put their own punctuation between them. */}
          <IsolatedMessage
            render={(values) => t('snapshots.compare.statusChange', values)}
            values={{ title: change.title, from: t(`status.${statusKey(change.from)}`), to: t(`status.${statusKey(change.to)}`) }}
          />
        </>
      )}
    />
  );
}
