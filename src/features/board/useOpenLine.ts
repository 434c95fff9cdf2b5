import { useCallback } from 'react';
import { useSearchParams } from 'wouter';

/** The open card panel is addressed by the URL (`#/board?line=M2`), so a reload keeps it open. */
export function useOpenLine(): { openCode: string | null; openLine: (code: string) => void; closeLine: () => void } {
  const [params, setParams] = useSearchParams();
  const openLine = useCallback(
    (code: string) =>
      setParams((current) => {
        const next = new URLSearchParams(current);
        next.set('line', code);
        return next;
      }),
    [setParams],
  );
  const closeLine = useCallback(
    () =>
      setParams((current) => {
        const next = new URLSearchParams(current);
        next.delete('line');
        return next;
      }),
    [setParams],
  );
  return { openCode: params.get('line'), openLine, closeLine };
}
