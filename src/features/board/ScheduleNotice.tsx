import { useReportingDate } from '../../data';
import { formatDate, useTranslation } from '../../i18n';
import { useUiStore } from '../../state/uiStore';
import './schedule-notice.css';

/** Why cards say Overdue or Due soon: the flags are judged against the reporting date, today until one is set. */
export function ScheduleNotice() {
  const { t, i18n } = useTranslation();
  const { reportingDate, isSet } = useReportingDate();
  const values = {
    overdue: t('scheduleFlag.overdue'),
    dueSoon: t('scheduleFlag.dueSoon'),
    date: formatDate(reportingDate, i18n.language),
  };
  return (
    <aside className="schedule-notice" aria-label={t('scheduleNotice.label')}>
      <p>{isSet ? t('scheduleNotice.set', values) : t('scheduleNotice.today', values)}</p>
      <button
        type="button"
        className="note-dismiss"
        // Remembered with the view preferences, so the note shows on the first open of the board only.
        onClick={() => useUiStore.setState({ isScheduleNoticeDismissed: true })}
      >
        {t('scheduleNotice.dismiss')}
      </button>
    </aside>
  );
}
