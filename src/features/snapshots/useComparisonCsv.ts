import { useCsvSeparator } from '../../ui/useCsvSeparator';
import { HEADLINE_FIGURES, HEALTH_COUNT_HEALTH, HEALTH_FIGURES, comparisonToCsv, statusKey, type ComparisonCsvLabels, type Health, type TrackerComparison } from '../../domain';
import { useQuarterFormat, useTranslation } from '../../i18n';
import { formatIndicatorValue, usePeriodLabel } from '../indicators';

type FieldName = 'lineCode' | 'text' | 'milestone' | 'target' | 'added' | 'removed';
type LineField = 'areaCode' | 'title' | 'text' | 'leadUnit' | 'target' | 'health' | 'healthReason' | 'notes';
const SECTIONS = [
  'headline',
  'health',
  'lineChange',
  'lineAdded',
  'lineRemoved',
  'statusChange',
  'milestoneAdded',
  'milestoneCompleted',
  'milestoneRemoved',
  'priorityItem',
  'indicatorPeriodAdded',
  'indicatorPeriodRemoved',
  'indicatorValue',
] as const;

/** The comparison as CSV text, with headings and statuses in the interface language, split by the chosen separator. */
export function useComparisonCsv(): (comparison: TrackerComparison) => string {
  const { t, i18n } = useTranslation();
  const periodLabel = usePeriodLabel();
  const separator = useCsvSeparator();
  const { formatTarget } = useQuarterFormat();
  return (comparison) => {
    const labels: ComparisonCsvLabels = {
      columns: [t('snapshots.csv.section'), t('snapshots.csv.item'), t('snapshots.csv.before'), t('snapshots.csv.after')],
      section: Object.fromEntries(SECTIONS.map((section) => [section, t(`snapshots.csv.${section}`)])) as ComparisonCsvLabels['section'],
      figure: Object.fromEntries(HEADLINE_FIGURES.map((figure) => [figure, t(`snapshots.figureNames.${figure}`)])) as ComparisonCsvLabels['figure'],
      status: (status) => t(`status.${statusKey(status)}`),
      health: Object.fromEntries(HEALTH_FIGURES.map((figure) => [figure, t(`health.${HEALTH_COUNT_HEALTH[figure]}`)])) as ComparisonCsvLabels['health'],
      field: (field) => t(`snapshots.fields.${field as FieldName}`),
      lineField: (field) => t(`snapshots.lineFields.${field as LineField}`),
      lineValue: (field, value) => {
        if (field === 'health') return t(`health.${(value ?? 'none') as Health | 'none'}`);
        if (!value) return '';
        return field === 'target' ? formatTarget(value) : value;
      },
      period: periodLabel,
      indicatorField: (field) => t(`indicators.columns.${field}`),
      indicatorValue: (value, unit) => formatIndicatorValue(value, unit, i18n.language),
    };
    return comparisonToCsv(comparison, labels, separator);
  };
}
