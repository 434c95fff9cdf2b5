import { useTranslation } from '../../i18n';
import { todayIsoDate, useAreas, useIndicatorPeriods, useIndicators } from '../../data';
import { CsvSeparatorSelect } from '../../ui/CsvSeparatorSelect';
import { downloadCsv } from '../../ui/downloadFile';
import { useIndicatorsCsv } from './useIndicatorsCsv';
import './indicators-csv.css';

/** Every indicator's periods and breakdown parts as a spreadsheet, whatever the filters show. */
export function IndicatorsCsvExport() {
  const { t } = useTranslation();
  const indicators = useIndicators();
  const periods = useIndicatorPeriods();
  const areas = useAreas();
  const toCsv = useIndicatorsCsv();
  const isReady = indicators.isSuccess && periods.isSuccess && areas.isSuccess;
  const download = () => {
    if (!isReady) return;
    downloadCsv(t('indicators.csvExport.fileName', { date: todayIsoDate() }), toCsv(indicators.data, periods.data, areas.data));
  };
  return (
    <div className="indicators-csv" role="group" aria-label={t('indicators.csvExport.label')}>
      <button type="button" className="button button--secondary" disabled={!isReady} onClick={download}>
        {t('indicators.csvExport.download')}
      </button>
      <CsvSeparatorSelect />
    </div>
  );
}
