import { useTranslation } from '../i18n';
import type { ScheduleFlag } from '../domain';
import './badges.css';

/** Overdue / Due soon, in words with a symbol; lines on schedule show nothing unless asked. */
export function ScheduleFlagBadge({ flag, showNone = false }: { flag: ScheduleFlag; showNone?: boolean }) {
  const { t } = useTranslation();
  if (flag === 'overdue') {
    return (
      <span className="flag-badge flag-badge--overdue">
        <span aria-hidden="true">▲</span> {t('scheduleFlag.overdue')}
      </span>
    );
  }
  if (flag === 'due-soon') {
    return (
      <span className="flag-badge flag-badge--due-soon">
        <span aria-hidden="true">◆</span> {t('scheduleFlag.dueSoon')}
      </span>
    );
  }
  return showNone ? <span className="flag-badge flag-badge--none">{t('scheduleFlag.none')}</span> : null;
}
