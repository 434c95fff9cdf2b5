import { useTranslation } from '../i18n';
import { statusKey, type Status } from '../domain';
import './badges.css';

const STATUS_SYMBOLS = { toBeStarted: '○', ongoing: '◐', completed: '●' } as const;

/** A status as symbol plus word, so it never relies on colour. */
export function StatusBadge({ status }: { status: Status }) {
  const { t } = useTranslation();
  const key = statusKey(status);
  return (
    <span className={`status-badge status-badge--${key}`}>
      <span aria-hidden="true">{STATUS_SYMBOLS[key]}</span> {t(`status.${key}`)}
    </span>
  );
}
