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
  const filters = useMemo(() => parseBoardFilters(params), [params]);
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
