import { useCallback } from 'react';
import { useTranslation } from './useTranslation';
import { parseQuarterTarget, type Quarter } from '../domain';
import { isolate } from './isolate';

/**
 * Quarters as each language writes them ("T3 2025", "2025年第3季度"). Stored targets keep the
 * "Q3 2025" syntax; only their display changes, and a phase label is data, shown as entered and
 * isolated, so that its own direction never reorders the quarter after it (a target is shown in
 * text, attributes and hidden labels alike).
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
      return target.phase ? t('quarter.withPhase', { phase: isolate(target.phase), quarter }) : quarter;
    },
    [formatQuarter, t],
  );
  return { formatQuarter, formatTarget };
}
