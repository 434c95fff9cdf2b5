/** The strategy's implementation period as the report frames it: 2025 to 2028. */
export const DEFAULT_FROM_YEAR = 2025;
export const DEFAULT_TO_YEAR = 2028;

/** Years offered in the range pickers: the default period widened around the reporting year. */
export function selectableYears(reportingDate: string): number[] {
  const reportingYear = Number(reportingDate.slice(0, 4));
  const first = Math.min(DEFAULT_FROM_YEAR, reportingYear) - 3;
  const last = Math.max(DEFAULT_TO_YEAR, reportingYear) + 4;
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}
