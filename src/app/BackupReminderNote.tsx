import { Link } from 'wouter';
import { wholeDaysBetween } from '../domain';
import { formatDate, useTranslation } from '../i18n';

interface BackupReminderNoteProps {
  lastBackupAt: string | null;
  now: Date;
  onDismiss: () => void;
}

export function BackupReminderNote({ lastBackupAt, now, onDismiss }: BackupReminderNoteProps) {
  const { t, i18n } = useTranslation();
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
      <button type="button" className="note-dismiss" onClick={onDismiss}>
        {t('snapshots.reminder.dismiss')}
      </button>
    </aside>
  );
}
