import { useTranslation } from '../../i18n';
import { useActionLines } from '../../data';
import { countInferredStatuses } from '../../domain';

/** "10 of 24 statuses inferred from the report's totals; verify against Annex 2", or '' once none is left. */
export function useInferredStatusNote(): string {
  const { t } = useTranslation();
  const { data: lines = [] } = useActionLines();
  const count = countInferredStatuses(lines);
  return count === 0 ? '' : t('source.inferredCount', { count, total: lines.length });
}
