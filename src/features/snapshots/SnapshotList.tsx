import { useId } from 'react';
import { useTranslation } from '../../i18n';
import { useStoredSnapshots, type SnapshotEntry } from '../../data';
import { SaveSnapshotForm } from './SaveSnapshotForm';
import { SnapshotRow } from './SnapshotRow';

export function SnapshotList({ onRestore }: { onRestore: (entry: SnapshotEntry) => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const { data: entries } = useStoredSnapshots();
  return (
    <section className="snapshots__section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('snapshots.list.heading')}</h2>
      <p className="snapshots__hint">{t('snapshots.list.intro')}</p>
      <SaveSnapshotForm />
      {/* A line in the empty list's place while it is read, so the comparison below does not jump. */}
      {!entries && <p className="snapshots__empty" role="status">{t('snapshots.list.loading')}</p>}
      {entries && entries.length === 0 && <p className="snapshots__empty">{t('snapshots.list.empty')}</p>}
      {entries && entries.length > 0 && (
        <div className="snapshots__table-wrap">
          <table className="snapshots__table">
            <caption className="visually-hidden">{t('snapshots.list.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('snapshots.list.name')}</th>
                <th scope="col">{t('snapshots.list.savedOn')}</th>
                <th scope="col">{t('snapshots.list.figures')}</th>
                <th scope="col">{t('snapshots.list.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <SnapshotRow key={entry.id} entry={entry} onRestore={onRestore} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
