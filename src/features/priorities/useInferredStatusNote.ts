import { useTranslation } from '../../i18n';
import { useInferredStatusCount } from '../../data';

/** "10 of 24 statuses inferred from the report's totals; verify against Annex 2", or '' once none is left. */
export function useInferredStatusNote(): string {
  const { t } = useTranslation();
  const { data } = useInferredStatusCount();
  return !data || data.inferred === 0 ? '' : t('source.inferredCount', { count: data.inferred, total: data.total });
}
