import { useCallback } from 'react';
import type { AnnexArea, PriorityItem } from '../../domain';
import { useQuarterFormat, useTranslation } from '../../i18n';
import { useReportStore } from '../../state/reportStore';
import { useUiStore } from '../../state/uiStore';
import { downloadFile } from '../../ui/downloadFile';
import { useReportCaveat, useReportTitle } from '../report';

/** Saves the Annex 2 and priorities tables as a Word file; the Word library loads with the first export. */
export function useExportDocx(annex: readonly AnnexArea[], priorities: readonly PriorityItem[], reportingDate: string): () => void {
  const { t, i18n } = useTranslation();
  const { formatTarget } = useQuarterFormat();
  const title = useReportTitle();
  const caveat = useReportCaveat();
  const isDetailShown = useReportStore((state) => state.isDetailShown);
  const showToast = useUiStore((state) => state.showToast);
  return useCallback(() => {
    import('./annexDocx')
      .then(async ({ buildAnnexDocx, packAnnexDocx }) => {
        const document = buildAnnexDocx({
          title,
          caveat,
          annex,
          priorities,
          isDetailShown,
          isRightToLeft: i18n.dir(i18n.language) === 'rtl',
          t,
          formatTarget,
        });
        downloadFile(t('report.docxFileName', { date: reportingDate }), await packAnnexDocx(document));
      })
      .catch((reason: unknown) =>
        showToast({ kind: 'error', message: t('report.exportFailed', { reason: reason instanceof Error ? reason.message : String(reason) }) }),
      );
  }, [annex, caveat, formatTarget, i18n, isDetailShown, priorities, reportingDate, showToast, t, title]);
}
