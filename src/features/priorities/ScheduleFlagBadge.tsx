import { useTranslation } from 'react-i18next';
import type { ScheduleFlag } from '../../domain';
import './priorities.css';

/** Overdue / Due soon, in words with a symbol; lines on schedule show nothing unless asked. */
export function ScheduleFlagBadge({ flag, showNone = false }: { flag: ScheduleFlag; showNone?: boolean }) {
  const { t } = useTranslation();
  if (flag === 'overdue') {
    return (
      <span className="flag-badge flag-badge--overdue">
        <span aria-hidden="true">▲</span> {t('priorities.flag.overdue')}
      </span>
    );
  }
  if (flag === 'due-soon') {
    return (
      <span className="flag-badge flag-badge--due-soon">
        <span aria-hidden="true">◆</span> {t('priorities.flag.dueSoon')}
      </span>
    );
  }
  return showNone ? <span className="flag-badge flag-badge--none">{t('priorities.flag.none')}</span> : null;
}
