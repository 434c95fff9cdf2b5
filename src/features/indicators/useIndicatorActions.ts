import { useTranslation } from '../../i18n';
import type { Indicator, IndicatorPeriod, IndicatorWithPeriods } from '../../domain';
import { useRecordedApply } from '../../data';

/**
 * Add, edit and delete indicators and their periods: each is recorded for undo and redo and
 * confirmed in a toast with Undo. Edits report a record changed since in their form, not a toast.
 */
export function useIndicatorActions() {
  const { t } = useTranslation();
  const record = useRecordedApply();
  return {
    add: (indicator: Indicator) =>
      record({ kind: 'indicatorSet', before: null, after: { indicator, periods: [] } }, t('indicators.edit.added', { name: indicator.name }), { confirm: true }),
    update: (before: Indicator, after: Indicator) =>
      record({ kind: 'indicator', before, after }, t('indicators.edit.updated', { name: after.name }), { confirm: true, reportStale: false }),
    remove: (whole: IndicatorWithPeriods) =>
      record({ kind: 'indicatorSet', before: whole, after: null }, t('indicators.edit.deleted', { name: whole.indicator.name }), { confirm: true }),
    addPeriod: (indicator: Indicator, period: IndicatorPeriod) =>
      record({ kind: 'indicatorPeriod', before: null, after: period }, t('indicators.edit.periodAdded', { name: indicator.name }), { confirm: true, reportStale: false }),
    updatePeriod: (indicator: Indicator, before: IndicatorPeriod, after: IndicatorPeriod) =>
      record({ kind: 'indicatorPeriod', before, after }, t('indicators.edit.periodUpdated', { name: indicator.name }), { confirm: true, reportStale: false }),
    removePeriod: (indicator: Indicator, period: IndicatorPeriod) =>
      record({ kind: 'indicatorPeriod', before: period, after: null }, t('indicators.edit.periodDeleted', { name: indicator.name }), { confirm: true }),
  };
}
