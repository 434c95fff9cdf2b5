import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { STATUSES, TEXT_LIMITS, type ActionLine, type PriorityItem } from '../../domain';
import { validatePriorityDraft, type PriorityDraft, type PriorityDraftErrors } from './validatePriorityDraft';
import { StatusOptions, isolate, useTranslation } from '../../i18n';
import { RecordFormButtons } from '../../ui/RecordFormButtons';

interface PriorityItemFormProps {
  /** The row being edited, or null to add one. */
  item: PriorityItem | null;
  lines: ActionLine[];
  onSubmit: (value: Pick<PriorityItem, 'lineCode' | 'text' | 'milestone' | 'target'>) => void;
  onCancel: () => void;
}

/** Add or edit one priority; nothing is saved until every field is valid. */
export function PriorityItemForm({ item, lines, onSubmit, onCancel }: PriorityItemFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [draft, setDraft] = useState<PriorityDraft>(
    item ?? { lineCode: '', text: '', milestone: 'To be started', target: '' },
  );
  const [errors, setErrors] = useState<PriorityDraftErrors>({});

  useEffect(() => headingRef.current?.focus(), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = validatePriorityDraft(draft, new Set(lines.map((line) => line.code)));
    if (result.ok) onSubmit(result.value);
    else setErrors(result.errors);
  };

  const fieldProps = (field: keyof PriorityDraftErrors) => ({
    id: `${id}-${field}`,
    'aria-invalid': errors[field] ? true : undefined,
    'aria-describedby': [field === 'target' ? `${id}-target-hint` : '', errors[field] ? `${id}-${field}-error` : '']
      .filter(Boolean)
      .join(' ') || undefined,
  });
  const fieldError = (field: keyof PriorityDraftErrors) => {
    const error = errors[field];
    return error ? (
      <p id={`${id}-${field}-error`} className="report-field__error">
        {t(`priorities.form.${error}`)}
      </p>
    ) : null;
  };

  return (
    <form className="record-form" aria-labelledby={`${id}-title`} onSubmit={submit} noValidate>
      <h2 id={`${id}-title`} ref={headingRef} tabIndex={-1} className="record-form__title">
        {item ? t('priorities.form.editTitle', { code: item.lineCode }) : t('priorities.form.addTitle')}
      </h2>
      {Object.keys(errors).length > 0 && (
        <p role="alert" className="record-form__summary">
          {t('priorities.form.errorSummary')}
        </p>
      )}
      <div className="record-form__grid">
        {/* A row of its own: the options are whole titles, unreadable in a third of the form. */}
        <div className="report-field report-field--wide">
          <label htmlFor={`${id}-lineCode`}>{t('priorities.form.line')}</label>
          <select {...fieldProps('lineCode')} value={draft.lineCode} onChange={(event) => setDraft({ ...draft, lineCode: event.target.value })}>
            <option value="">{t('priorities.form.chooseLine')}</option>
            {lines.map((line) => (
              <option key={line.code} value={line.code}>
                {`${line.code}: ${isolate(line.title)}`}
              </option>
            ))}
          </select>
          {fieldError('lineCode')}
        </div>
        <div className="report-field">
          <label htmlFor={`${id}-milestone`}>{t('priorities.form.milestone')}</label>
          <select
            id={`${id}-milestone`}
            value={draft.milestone}
            onChange={(event) => setDraft({ ...draft, milestone: STATUSES.find((status) => status === event.target.value) ?? draft.milestone })}
          >
            <StatusOptions />
          </select>
        </div>
        <div className="report-field">
          <label htmlFor={`${id}-target`}>{t('priorities.form.target')}</label>
          <input {...fieldProps('target')} type="text" value={draft.target} onChange={(event) => setDraft({ ...draft, target: event.target.value })} />
          <p id={`${id}-target-hint`} className="report-field__hint">
            {t('priorities.form.targetHint')}
          </p>
          {fieldError('target')}
        </div>
        <div className="report-field report-field--wide">
          <label htmlFor={`${id}-text`}>{t('priorities.form.text')}</label>
          <textarea {...fieldProps('text')} rows={3} maxLength={TEXT_LIMITS.text} value={draft.text} onChange={(event) => setDraft({ ...draft, text: event.target.value })} />
          {fieldError('text')}
        </div>
      </div>
      <RecordFormButtons saveLabel={t('priorities.form.save')} cancelLabel={t('priorities.form.cancel')} onCancel={onCancel} />
    </form>
  );
}
