import { Link } from 'wouter';
import { useTranslation } from '../../i18n';
import { CsvSeparatorSelect } from '../../ui/CsvSeparatorSelect';

interface DashboardActionsProps {
  onExport: () => void;
  onCopySummary: () => void;
  onExportDocx: () => void;
}

export function DashboardActions({ onExport, onCopySummary, onExportDocx }: DashboardActionsProps) {
  const { t } = useTranslation();
  return (
    <div className="dashboard-actions" role="group" aria-label={t('dashboard.actions')}>
      <Link className="report-button report-button--primary" to="/present">
        <span aria-hidden="true">▶ </span>
        {t('dashboard.present')}
      </Link>
      <button type="button" className="report-button" onClick={() => window.print()}>
        {t('dashboard.print')}
      </button>
      <button type="button" className="report-button" onClick={onExport}>
        {t('dashboard.exportCsv')}
      </button>
      <CsvSeparatorSelect />
      <button type="button" className="report-button" onClick={onExportDocx}>
        {t('report.exportDocx')}
      </button>
      <button type="button" className="report-button" onClick={onCopySummary}>
        {t('dashboard.summary.copy')}
      </button>
    </div>
  );
}
