import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'wouter';
import { EMPTY_BOARD_FILTERS, parseBoardFilters, writeBoardFilters, type BoardFilters } from '../../domain';

/** Board filters live in the URL, so a filtered board can be shared or bookmarked. */
export function useBoardFilters(): {
  filters: BoardFilters;
  setFilters: (next: Partial<BoardFilters>) => void;
  clearFilters: () => void;
} {
  const [params, setParams] = useSearchParams();
  // Keyed by the filters' own text: opening a card changes the URL, and must not make every
  // derived list (and so every column) new.
  const filtersKey = JSON.stringify(parseBoardFilters(params));
  const filters = useMemo(() => JSON.parse(filtersKey) as BoardFilters, [filtersKey]);
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
