import { formatDateTime, useTranslation } from '../../i18n';
import { useLastExportAt, useStoredSnapshots } from '../../data';

/** When this browser last exported a file and last saved a snapshot. */
export function BackupStatus() {
  const { t, i18n } = useTranslation();
  const { data: lastExportAt } = useLastExportAt();
  const { data: snapshots } = useStoredSnapshots();
  if (lastExportAt === undefined || !snapshots) {
    // Its two lines hold their place while they are read: appearing later, they pushed the export
    // button down between a press and its release, and the click was lost.
    return (
      <ul className="snapshots__status" aria-hidden="true">
        <li>{'\u00a0'}</li>
        <li>{'\u00a0'}</li>
      </ul>
    );
  }
  const lastSaved = snapshots.find((entry) => !entry.isAutomaticBackup)?.createdAt;
  return (
    <ul className="snapshots__status">
      <li>
        {lastExportAt
          ? t('snapshots.status.lastExport', { date: formatDateTime(lastExportAt, i18n.language) })
          : t('snapshots.status.lastExportNever')}
      </li>
      <li>
        {lastSaved
          ? t('snapshots.status.lastSnapshot', { date: formatDateTime(lastSaved, i18n.language) })
          : t('snapshots.status.lastSnapshotNever')}
      </li>
    </ul>
  );
}
