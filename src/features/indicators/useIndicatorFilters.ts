import { useSearchParams } from 'wouter';

export interface IndicatorFilters {
  areaCode: string | null;
  lineCode: string | null;
}

/** The area and line filters, kept in the address so a filtered list can be shared and reloaded. */
export function useIndicatorFilters(): [IndicatorFilters, (next: IndicatorFilters) => void] {
  const [params, setParams] = useSearchParams();
  const filters = { areaCode: params.get('area'), lineCode: params.get('line') };
  const setFilters = (next: IndicatorFilters) => {
    const search = new URLSearchParams();
    if (next.areaCode) search.set('area', next.areaCode);
    if (next.lineCode) search.set('line', next.lineCode);
    setParams(search, { replace: true });
  };
  return [filters, setFilters];
}
