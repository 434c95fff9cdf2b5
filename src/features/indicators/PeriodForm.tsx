import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n';
import { TEXT_LIMITS, type Indicator, type IndicatorIssue, type IndicatorPeriod } from '../../domain';
import { BreakdownFields } from './BreakdownFields';
import { NumberField } from './NumberField';
import { SourceFields } from './SourceFields';
import {
  VALUE_ROLES,
  emptyBreakdownDraft,
  isWholeYear,
  periodFromDraft,
  type PeriodDraft,
  type PeriodDraftErrors,
  type ValueDraft,
  type ValueRole,
} from './periodDraft';
import { useIndicatorIssueText } from './useIndicatorIssueText';
import { usePeriodLabel } from './usePeriodLabel';
import { RecordFormButtons } from '../../ui/RecordFormButtons';

interface PeriodFormProps {
  indicator: Indicator;
  /** The period being edited, or a new one (with its id) and its prefilled draft. */
  period: IndicatorPeriod;
  isNew: boolean;
  initialDraft: PeriodDraft;
  otherPeriods: IndicatorPeriod[];
  onSubmit: (period: IndicatorPeriod) => void;
  onCancel: () => void;
  failure?: string | null;
}

/** Add or edit one period's figures, each with its source; nothing is saved until the period is valid. */
export function PeriodForm({ indicator, period, isNew, initialDraft, otherPeriods, onSubmit, onCancel, failure = null }: PeriodFormProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const periodLabel = usePeriodLabel();
  const issueText = useIndicatorIssueText(indicator);
  const [draft, setDraft] = useState<PeriodDraft>(initialDraft);
  const [errors, setErrors] = useState<PeriodDraftErrors>({});
  const [issues, setIssues] = useState<IndicatorIssue[]>([]);

  useEffect(() => headingRef.current?.focus(), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = periodFromDraft(draft, period, indicator, otherPeriods, i18n.language);
    setErrors(result.ok ? {} : result.errors);
    setIssues(result.ok ? [] : result.issues);
    if (result.ok) onSubmit(result.value);
  };

  const setValue = (role: ValueRole, field: keyof ValueDraft, text: string) =>
    setDraft({ ...draft, values: { ...draft.values, [role]: { ...draft.values[role], [field]: text } } });
  const hasDateIssue = issues.some((issue) => ['dateInvalid', 'endBeforeStart', 'periodClash'].includes(issue.code));
  const hasErrors = issues.length > 0 || Object.keys(errors).length > 0;
  const wholeYear = isWholeYear(draft);

  return (
    <form className="record-form period-form" aria-labelledby={`${id}-title`} onSubmit={submit} noValidate>
      <h3 id={`${id}-title`} ref={headingRef} tabIndex={-1} className="record-form__title">
        {isNew
          ? t('indicators.edit.periodForm.addTitle', { name: indicator.name })
          : t('indicators.edit.periodForm.editTitle', { name: indicator.name, period: periodLabel(period) })}
      </h3>
      {hasErrors && (
        <div role="alert" className="record-form__summary">
          <p>{t('indicators.edit.errorSummary')}</p>
          {issues.length > 0 && (
            <ul>
              {issues.map((issue) => (
                <li key={`${issue.code}-${JSON.stringify(issue)}`}>{issueText(issue)}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <div className="record-form__grid">
        {(['start', 'end'] as const).map((field) => (
          <div key={field} className="report-field">
            <label htmlFor={`${id}-${field}`}>{t(`indicators.edit.periodForm.${field}`)}</label>
            <input
              id={`${id}-${field}`}
              type="date"
              required
              aria-invalid={hasDateIssue ? true : undefined}
              aria-describedby={`${id}-dates-hint`}
              value={draft[field]}
              onChange={(event) => setDraft({ ...draft, [field]: event.target.value })}
            />
          </div>
        ))}
        <p id={`${id}-dates-hint`} className="report-field__hint report-field--wide">
          {t('indicators.edit.periodForm.datesHint')}{' '}
          <strong>{wholeYear ? t('indicators.edit.periodForm.wholeYear', { year: draft.start.slice(0, 4) }) : t('indicators.edit.periodForm.notWholeYear')}</strong>
        </p>
      </div>
      <fieldset className="period-form__values">
        <legend>{t('indicators.edit.periodForm.values')}</legend>
        {VALUE_ROLES.map((role) => (
          <fieldset key={role} className="period-form__value">
            <legend>{t(`indicators.columns.${role}`)}</legend>
            <NumberField
              id={`${id}-${role}-value`}
              label={t('indicators.edit.periodForm.value')}
              value={draft.values[role].value}
              error={errors[`${role}.value`]}
              onChange={(text) => setValue(role, 'value', text)}
            />
            <SourceFields idPrefix={`${id}-${role}`} path={role} source={draft.values[role]} errors={errors} onChange={(field, text) => setValue(role, field, text)} />
          </fieldset>
        ))}
      </fieldset>
      <fieldset className="period-form__values">
        <legend>{t('indicators.edit.breakdowns.heading')}</legend>
        <p className="report-field__hint">{t('indicators.edit.breakdowns.hint')}</p>
        {draft.breakdowns.map((breakdown, index) => (
          <BreakdownFields
            key={breakdown.id}
            idPrefix={id}
            index={index}
            breakdown={breakdown}
            errors={errors}
            onChange={(changed) => setDraft({ ...draft, breakdowns: draft.breakdowns.map((existing) => (existing.id === changed.id ? changed : existing)) })}
            onRemove={() => setDraft({ ...draft, breakdowns: draft.breakdowns.filter((existing) => existing.id !== breakdown.id) })}
          />
        ))}
        <div>
          <button type="button" className="report-button report-button--small" onClick={() => setDraft({ ...draft, breakdowns: [...draft.breakdowns, emptyBreakdownDraft()] })}>
            {t('indicators.edit.breakdowns.add')}
          </button>
        </div>
      </fieldset>
      <div className="report-field">
        <label htmlFor={`${id}-note`}>{t('indicators.edit.periodForm.note')}</label>
        <textarea id={`${id}-note`} dir="auto" rows={2} maxLength={TEXT_LIMITS.notes} value={draft.note} onChange={(event) => setDraft({ ...draft, note: event.target.value })} />
      </div>
      <RecordFormButtons saveLabel={t('indicators.edit.save')} cancelLabel={t('indicators.edit.cancel')} onCancel={onCancel} failure={failure} />
    </form>
  );
}
