import { useCallback } from 'react';
import { useTranslation } from '../../i18n';
import { computeSummaryFacts, type ActionLine } from '../../domain';
import { useUiStore } from '../../state/uiStore';
import { buildSummaryParagraph } from './summaryParagraph';

/** Copies the report-style summary paragraph of the current lines and says whether it worked. */
export function useCopySummary(lines: readonly ActionLine[]): () => void {
  const { t, i18n } = useTranslation();
  const showToast = useUiStore((state) => state.showToast);
  return useCallback(() => {
    const paragraph = buildSummaryParagraph(computeSummaryFacts(lines), t, i18n.language);
    navigator.clipboard.writeText(paragraph).then(
      () => showToast({ kind: 'info', message: t('dashboard.summary.copied') }),
      (reason: unknown) =>
        showToast({ kind: 'error', message: t('dashboard.summary.copyFailed', { reason: reason instanceof Error ? reason.message : String(reason) }) }),
    );
  }, [i18n.language, lines, showToast, t]);
}
