import { INDICATOR_CSV_COLUMNS, indicatorsToCsv, localeCsvSeparator, type Area, type Indicator, type IndicatorCsvLabels, type IndicatorPeriod } from '../../domain';
import { intlLocale, useTranslation } from '../../i18n';
import { useCsvSeparator } from '../../ui/useCsvSeparator';

/** The indicators as CSV text, headings and words in the interface language, split by the chosen separator. */
export function useIndicatorsCsv(): (indicators: Indicator[], periods: IndicatorPeriod[], areas: Area[]) => string {
  const { t, i18n } = useTranslation();
  const separator = useCsvSeparator();
  // Plain digits, as a spreadsheet reads them: a decimal comma where the language writes one, unless
  // the cells themselves are split by commas (then the spreadsheet expects a point).
  const isDecimalComma = separator !== ',' && localeCsvSeparator(intlLocale(i18n.language)) === ';';
  return (indicators, periods, areas) => {
    const areaNames = new Map(areas.map((area) => [area.code, area.name]));
    const labels: IndicatorCsvLabels = {
      column: Object.fromEntries(INDICATOR_CSV_COLUMNS.map((column) => [column, t(`indicators.csvExport.columns.${column}`)])) as IndicatorCsvLabels['column'],
      unit: (unit) => (unit.kind === 'money' ? t('indicators.unit.money', { currency: unit.currency }) : t(`indicators.unit.${unit.kind}`)),
      area: (code) => (code === null ? t('indicators.strategyWide') : t('indicators.area', { code, name: areaNames.get(code) ?? '' })),
      kind: (kind) => t(`indicators.kind.${kind}`),
      partsUnit: (partsUnit) => t(`indicators.csvExport.partsUnit.${partsUnit}`),
      number: (value) => {
        // Twelve significant digits drop the float noise of shares seeded from chart fractions (72.30000000000001).
        const plain = String(Number(value.toPrecision(12)));
        return isDecimalComma ? plain.replace('.', ',') : plain;
      },
      source: (source) =>
        source.page === null ? t('indicators.source', { ...source }) : t('indicators.sourcePage', { ...source, page: source.page }),
    };
    return indicatorsToCsv(indicators, periods, labels, separator);
  };
}
