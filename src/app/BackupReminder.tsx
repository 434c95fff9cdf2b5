import { lazy, useState } from 'react';
import { isBackupDue, latestTime } from '../domain';
import { useLastExportAt, useLatestSavedSnapshotTime, useSettings } from '../data';
import { loadViewMessages } from '../i18n';
import { OptionalPart } from '../ui/OptionalPart';

// The note and its words (the snapshots view's) load only when a backup is due, which the board's
// first paint does not wait for.
const BackupReminderNote = lazy(async () => {
  const [module] = await Promise.all([import('./BackupReminderNote'), loadViewMessages()]);
  return { default: module.BackupReminderNote };
});

/** A calm note, shown only when the last export or snapshot is over 30 days old; dismissible. */
export function BackupReminder({ now = new Date() }: { now?: Date }) {
  const [isDismissed, setDismissed] = useState(false);
  const { data: lastExportAt } = useLastExportAt();
  const { data: lastSaved } = useLatestSavedSnapshotTime();
  const { data: settings } = useSettings();
  const isKnown = lastExportAt !== undefined && lastSaved !== undefined && settings !== undefined;
  const lastBackupAt = isKnown ? latestTime([lastExportAt, lastSaved]) : null;
  const isDue = isKnown && !isDismissed && isBackupDue(lastBackupAt, settings.seededAt, now);
  if (!isDue) return null;
  return (
    <OptionalPart>
      <BackupReminderNote lastBackupAt={lastBackupAt} now={now} onDismiss={() => setDismissed(true)} />
    </OptionalPart>
  );
}
