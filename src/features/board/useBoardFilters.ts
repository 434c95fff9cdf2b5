import { useCallback, useEffect, useMemo } from 'react';
import { useSearchParams } from 'wouter';
import {
  EMPTY_BOARD_FILTERS,
  parseBoardFilters,
  reconcileBoardFilters,
  writeBoardFilters,
  type BoardFilterChoices,
  type BoardFilters,
} from '../../domain';
import { isolate, useTranslation } from '../../i18n';
import { useUiStore } from '../../state/uiStore';

/**
 * Board filters live in the URL, so a filtered board can be shared or bookmarked. Once the menus'
 * choices are known (`choices`, null while loading), values they cannot show (an unknown area, a
 * second lead unit) leave the address with a notice: the menus always show what filters the board.
 */
export function useBoardFilters(choices: BoardFilterChoices | null): {
  filters: BoardFilters;
  setFilters: (next: Partial<BoardFilters>) => void;
  clearFilters: () => void;
} {
  const { t } = useTranslation();
  const showToast = useUiStore((state) => state.showToast);
  const [params, setParams] = useSearchParams();
  // Keyed by the filters' own text: opening a card changes the URL, and must not make every
  // derived list (and so every column) new.
  const filtersKey = JSON.stringify(parseBoardFilters(params));
  const filters = useMemo(() => JSON.parse(filtersKey) as BoardFilters, [filtersKey]);

  useEffect(() => {
    if (!choices) return;
    const { filters: shown, dropped } = reconcileBoardFilters(params, choices);
    if (dropped.length === 0) return;
    setParams((current) => writeBoardFilters(current, shown), { replace: true });
    showToast({ kind: 'info', message: t('filters.dropped', { values: dropped.map(isolate).join(t('list.separator')) }) });
  }, [choices, params, setParams, showToast, t]);

  const setFilters = useCallback(
    (next: Partial<BoardFilters>) =>
      setParams((current) => writeBoardFilters(current, { ...parseBoardFilters(current), ...next }), { replace: true }),
    [setParams],
  );
  const clearFilters = useCallback(
    () => setParams((current) => writeBoardFilters(current, EMPTY_BOARD_FILTERS), { replace: true }),
    [setParams],
  );
  return { filters, setFilters, clearFilters };
}
