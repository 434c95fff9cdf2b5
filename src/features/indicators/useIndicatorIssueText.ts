import { useTranslation } from '../../i18n';
import type { Indicator, IndicatorIssue } from '../../domain';
import { formatIndicatorValue } from './formatIndicator';
import { usePeriodLabel } from './usePeriodLabel';

/** What a period's problem means, in the reader's language, with its figures in the indicator's unit. */
export function useIndicatorIssueText(indicator: Indicator): (issue: IndicatorIssue) => string {
  const { t, i18n } = useTranslation();
  const periodLabel = usePeriodLabel();
  const figure = (value: number) => formatIndicatorValue(value, indicator.unit, i18n.language);
  return (issue) => {
    switch (issue.code) {
      case 'periodClash':
        return t('indicators.edit.periodForm.errors.periodClash', { other: periodLabel({ start: issue.otherStart, end: issue.otherEnd }) });
      case 'percentOver100':
      case 'negative':
        return t(`indicators.edit.periodForm.errors.${issue.code}`, { field: t(`indicators.columns.${issue.field}`), value: figure(issue.value) });
      case 'breakdownSum': {
        // A breakdown in shares adds up to 100 per cent, whatever the indicator's unit.
        const part = (value: number) => (issue.partsUnit === 'share' ? formatIndicatorValue(value, { kind: 'percent' }, i18n.language) : figure(value));
        return t(issue.severity === 'error' ? 'indicators.edit.periodForm.errors.breakdownSumNeedsNote' : 'indicators.edit.periodForm.errors.breakdownSum', {
          dimension: issue.dimension,
          sum: part(issue.sum),
          total: part(issue.total),
          difference: part(issue.difference),
        });
      }
      case 'dateInvalid':
      case 'endBeforeStart':
      case 'breakdownEmpty':
        return t(`indicators.edit.periodForm.errors.${issue.code}`);
      case 'nameMissing':
      case 'currencyUnknown':
      case 'lineUnknown':
        return t(`indicators.edit.form.errors.${issue.code}`);
    }
  };
}
