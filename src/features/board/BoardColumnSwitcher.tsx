import { useTranslation } from '../../i18n';
import { STATUSES, statusKey, type Status } from '../../domain';

interface BoardColumnSwitcherProps {
  selected: Status;
  /** How many of the shown action lines each status column holds. */
  counts: ReadonlyMap<Status, number>;
  onSelect: (status: Status) => void;
}

/**
 * On a phone the columns stack, and the last one starts thousands of pixels down: this shows one
 * column at a time. Wider screens never see it (board.css), and there every column shows.
 */
export function BoardColumnSwitcher({ selected, counts, onSelect }: BoardColumnSwitcherProps) {
  const { t } = useTranslation();
  return (
    <div className="column-switcher" role="group" aria-label={t('board.columnSwitcher')}>
      {STATUSES.map((status) => (
        <button
          key={status}
          type="button"
          className={`column-switcher__option board-column--${statusKey(status)}`}
          aria-pressed={status === selected}
          onClick={() => onSelect(status)}
        >
          {t(`status.${statusKey(status)}`)} <span className="column-switcher__count">{counts.get(status) ?? 0}</span>
        </button>
      ))}
    </div>
  );
}
