import { useState } from 'react';
import { useTranslation } from '../../i18n';

/**
 * The search box. The filter lives in the URL, which updates a moment after each keystroke; while
 * the box has focus it shows what was typed, so fast typing never loses characters to a stale value.
 */
export function BoardSearchField({ value, onChange }: { value: string; onChange: (search: string) => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <input
      id="board-search"
      type="search"
      value={draft ?? value}
      placeholder={t('filters.searchPlaceholder')}
      onFocus={() => setDraft(value)}
      onBlur={() => setDraft(null)}
      onChange={(event) => {
        setDraft(event.target.value);
        onChange(event.target.value);
      }}
    />
  );
}
