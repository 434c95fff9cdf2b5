import { useTranslation } from '../../i18n';
import { useReportStore } from '../../state/reportStore';
import './report.css';

/** What the print, the slides and the Word file include, beside the report buttons. */
export function ReportOptions() {
  const { t } = useTranslation();
  const { isCaveatShown, isDetailShown, setCaveatShown, setDetailShown } = useReportStore();
  return (
    <fieldset className="report-options">
      <legend className="report-options__legend">{t('report.options')}</legend>
      <label className="report-options__choice">
        <input type="checkbox" checked={isCaveatShown} onChange={(event) => setCaveatShown(event.target.checked)} />
        {t('report.caveat')}
      </label>
      <label className="report-options__choice">
        <input type="checkbox" checked={isDetailShown} onChange={(event) => setDetailShown(event.target.checked)} />
        {t('report.details')}
      </label>
    </fieldset>
  );
}
