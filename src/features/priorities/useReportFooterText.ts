import { useReportCaveat, useReportTitle } from '../report';

/** "<strategy>: implementation as of <date>. <statuses still inferred>" for printed pages. */
export function useReportFooterText(): string {
  const title = useReportTitle();
  const caveat = useReportCaveat();
  return caveat ? `${title}. ${caveat}` : title;
}
