import { useState } from 'react';
import { Link } from 'wouter';
import { useTranslation } from 'react-i18next';
import { isBackupDue, latestTime, wholeDaysBetween } from '../domain';
import { useLastExportAt, useLatestSavedSnapshotTime, useSettings } from '../data';
import { formatDate, useViewMessages } from '../i18n';

/** A calm note, shown only when the last export or snapshot is over 30 days old; dismissible. */
export function BackupReminder({ now = new Date() }: { now?: Date }) {
  const { t, i18n } = useTranslation();
  const [isDismissed, setDismissed] = useState(false);
  const { data: lastExportAt } = useLastExportAt();
  const { data: lastSaved } = useLatestSavedSnapshotTime();
  const { data: settings } = useSettings();
  const isKnown = lastExportAt !== undefined && lastSaved !== undefined && settings !== undefined;
  const lastBackupAt = isKnown ? latestTime([lastExportAt, lastSaved]) : null;
  const isDue = isKnown && !isDismissed && isBackupDue(lastBackupAt, settings.seededAt, now);
  // Its words are the snapshots view's, which the board's first paint does not fetch.
  const hasMessages = useViewMessages(isDue);
  if (!isDue || !hasMessages) return null;
  return (
    <aside className="backup-reminder" aria-label={t('snapshots.reminder.label')}>
      <p>
        {lastBackupAt
          ? t('snapshots.reminder.since', { days: wholeDaysBetween(lastBackupAt, now), date: formatDate(lastBackupAt, i18n.language) })
          : t('snapshots.reminder.never')}{' '}
        {t('snapshots.reminder.why')}
      </p>
      <Link className="backup-reminder__link" to="/snapshots">
        {t('snapshots.reminder.go')}
      </Link>
      <button type="button" className="backup-reminder__dismiss" onClick={() => setDismissed(true)}>
        {t('snapshots.reminder.dismiss')}
      </button>
    </aside>
  );
}
