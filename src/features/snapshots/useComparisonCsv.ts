import { useTranslation } from 'react-i18next';
import { useCsvSeparator } from '../../ui/useCsvSeparator';
import { HEADLINE_FIGURES, comparisonToCsv, statusKey, type ComparisonCsvLabels, type TrackerComparison } from '../../domain';

type FieldName = 'lineCode' | 'text' | 'milestone' | 'target' | 'added' | 'removed';
const SECTIONS = ['headline', 'lineAdded', 'lineRemoved', 'statusChange', 'milestoneAdded', 'milestoneCompleted', 'milestoneRemoved', 'priorityItem'] as const;

/** The comparison as CSV text, with headings and statuses in the interface language, split by the chosen separator. */
export function useComparisonCsv(): (comparison: TrackerComparison) => string {
  const { t } = useTranslation();
  const separator = useCsvSeparator();
  return (comparison) => {
    const labels: ComparisonCsvLabels = {
      columns: [t('snapshots.csv.section'), t('snapshots.csv.item'), t('snapshots.csv.before'), t('snapshots.csv.after')],
      section: Object.fromEntries(SECTIONS.map((section) => [section, t(`snapshots.csv.${section}`)])) as ComparisonCsvLabels['section'],
      figure: Object.fromEntries(HEADLINE_FIGURES.map((figure) => [figure, t(`snapshots.figureNames.${figure}`)])) as ComparisonCsvLabels['figure'],
      status: (status) => t(`status.${statusKey(status)}`),
      field: (field) => t(`snapshots.fields.${field as FieldName}`),
    };
    return comparisonToCsv(comparison, labels, separator);
  };
}
