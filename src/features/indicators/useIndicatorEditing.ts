import { useState } from 'react';
import { useTranslation } from '../../i18n';
import { ulid, type Indicator, type IndicatorPeriod } from '../../domain';
import { isStaleWrite, useReportingDate } from '../../data';
import { periodDraftOf, type PeriodDraft } from './periodDraft';
import { useIndicatorActions } from './useIndicatorActions';
import { focusLater } from '../../ui/focusLater';

export type IndicatorEditing =
  /** `before`: the indicator as the form opened on it; a save over anything else is refused as stale. */
  | { kind: 'indicator'; before: Indicator; returnFocusTo: string }
  | { kind: 'period'; period: IndicatorPeriod; isNew: boolean; draft: PeriodDraft; returnFocusTo: string }
  | null;


/**
 * The open form of one indicator's card, and the saves and deletes it starts. A form stays open,
 * with what was typed, until its save lands; one refused because the record changed elsewhere says
 * so in the form.
 */
export function useIndicatorEditing(indicator: Indicator, periods: IndicatorPeriod[]) {
  const { t, i18n } = useTranslation();
  const actions = useIndicatorActions();
  const { reportingDate } = useReportingDate();
  const [editing, setEditing] = useState<IndicatorEditing>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const ids = {
    edit: `edit-indicator-${indicator.id}`,
    addPeriod: `add-period-${indicator.id}`,
    heading: `indicator-${indicator.id}`,
    editPeriod: (period: IndicatorPeriod) => `edit-period-${period.id}`,
  };

  const open = (next: IndicatorEditing) => {
    setFailure(null);
    setEditing(next);
  };
  const close = () => {
    const returnFocusTo = editing?.returnFocusTo;
    setEditing(null);
    setFailure(null);
    if (returnFocusTo) focusLater(returnFocusTo);
  };
  const reportFailure = (error: unknown) => {
    if (isStaleWrite(error)) setFailure(t('indicators.edit.changedElsewhere', { name: indicator.name }));
  };

  return {
    editing,
    failure,
    ids,
    close,
    editIndicator: () => open({ kind: 'indicator', before: indicator, returnFocusTo: ids.edit }),
    addPeriod: () => {
      const period: IndicatorPeriod = {
        id: ulid(),
        indicatorId: indicator.id,
        start: '',
        end: '',
        baseline: null,
        target: null,
        actual: null,
        breakdowns: [],
        note: '',
        updatedAt: null,
        updatedBy: null,
      };
      const draft = periodDraftOf(null, periods, Number(reportingDate.slice(0, 4)), i18n.language);
      open({ kind: 'period', period, isNew: true, draft, returnFocusTo: ids.addPeriod });
    },
    editPeriod: (period: IndicatorPeriod) =>
      open({ kind: 'period', period, isNew: false, draft: periodDraftOf(period, periods, 0, i18n.language), returnFocusTo: ids.editPeriod(period) }),
    saveIndicator: (fields: Pick<Indicator, 'name' | 'unit' | 'direction' | 'areaCode' | 'lineCodes' | 'definition'>) => {
      if (editing?.kind !== 'indicator') return;
      actions.update(editing.before, { ...editing.before, ...fields }).then(close, reportFailure);
    },
    savePeriod: (period: IndicatorPeriod) => {
      if (editing?.kind !== 'period') return;
      const saving = editing.isNew ? actions.addPeriod(indicator, period) : actions.updatePeriod(indicator, editing.period, period);
      saving.then(close, reportFailure);
    },
    removePeriod: (period: IndicatorPeriod) => {
      actions.removePeriod(indicator, period).catch(() => undefined);
      focusLater(ids.addPeriod);
    },
    removeIndicator: () => actions.remove({ indicator, periods }).catch(() => undefined),
  };
}
