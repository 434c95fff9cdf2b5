import { useState, type ReactNode } from 'react';
import { formatNumber, useTranslation } from '../../i18n';

/** Items shown before "Show all": a 2,000-line import would otherwise render 22,000 list items. */
export const SHOWN_ITEMS = 100;

interface CappedListProps<T> {
  items: readonly T[];
  keyOf: (item: T) => string;
  renderItem: (item: T) => ReactNode;
  /** Marks each item with the action line it is about, for print styles and tests. */
  codeOf?: (item: T) => string;
}

/** A list of changes that renders its first items, and the rest on request. */
export function CappedList<T>({ items, keyOf, renderItem, codeOf }: CappedListProps<T>) {
  const { t, i18n } = useTranslation();
  const [isExpanded, setExpanded] = useState(false);
  const shown = isExpanded ? items : items.slice(0, SHOWN_ITEMS);
  return (
    <>
      <ul className="snapshots__changes">
        {shown.map((item) => (
          <li key={keyOf(item)} data-code={codeOf?.(item)}>
            {renderItem(item)}
          </li>
        ))}
      </ul>
      {shown.length < items.length && (
        <button type="button" className="snapshots__button snapshots__show-all" onClick={() => setExpanded(true)}>
          {t('snapshots.showAll', { total: formatNumber(items.length, i18n.language) })}
        </button>
      )}
    </>
  );
}
