import { APP_VERSION, type SnapshotMeta } from '../../domain';
import { todayIsoDate } from '../../data';

/** The envelope of a snapshot taken now: the stored reporting date, or today when none is set. */
export function snapshotMetaNow(label: string, reportingDate: string | null, now: Date = new Date()): SnapshotMeta {
  return { exportedAt: now.toISOString(), reportingDate: reportingDate ?? todayIsoDate(now), label, appVersion: APP_VERSION };
}
