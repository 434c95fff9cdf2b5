import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { parseQuarterTarget, type Quarter } from '../domain';

/**
 * Quarters as each language writes them ("T3 2025", "2025年第3季度"). Stored targets keep the
 * "Q3 2025" syntax; only their display changes, and a phase label is data, shown as entered.
 */
export function useQuarterFormat() {
  const { t } = useTranslation();
  const formatQuarter = useCallback(
    (quarter: Quarter) => t('quarter.label', { quarter: quarter.quarter, year: quarter.year }),
    [t],
  );
  const formatTarget = useCallback(
    (text: string | null) => {
      if (!text) return '';
      const target = parseQuarterTarget(text);
      if (!target) return text;
      const quarter = formatQuarter(target);
      return target.phase ? t('quarter.withPhase', { phase: target.phase, quarter }) : quarter;
    },
    [formatQuarter, t],
  );
  return { formatQuarter, formatTarget };
}
