import { useTranslation } from '../../i18n';
import { useActionLines } from '../../data';
import { caveatCount } from '../../domain';
import { useReportStore } from '../../state/reportStore';

/** The report's note on statuses still to verify, or '' when none is left or the user switched it off. */
export function useReportCaveat(): string {
  const { t } = useTranslation();
  const { data: lines = [] } = useActionLines();
  const isCaveatShown = useReportStore((state) => state.isCaveatShown);
  const count = caveatCount(lines, isCaveatShown);
  return count === 0 ? '' : t('source.inferredCount', { count, total: lines.length });
}
