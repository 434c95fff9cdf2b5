import { useTranslation } from '../../i18n';
import { TEXT_LIMITS } from '../../domain';
import type { PeriodDraftErrors, SourceDraft } from './periodDraft';

interface SourceFieldsProps {
  /** Unique among the form's ids. */
  idPrefix: string;
  /** The draft's path, as its errors are keyed ("actual", "breakdowns.0"). */
  path: string;
  source: SourceDraft;
  errors: PeriodDraftErrors;
  onChange: (field: keyof SourceDraft, text: string) => void;
}

const FIELDS = ['document', 'section', 'page'] as const;

/** Where a figure comes from: its document, its section or table, and its page when known. */
export function SourceFields({ idPrefix, path, source, errors, onChange }: SourceFieldsProps) {
  const { t } = useTranslation();
  return FIELDS.map((field) => {
    const error = field === 'section' ? undefined : errors[`${path}.${field}`];
    const id = `${idPrefix}-${field}`;
    return (
      <div key={field} className={`report-field period-form__${field}`}>
        <label htmlFor={id}>{t(`indicators.edit.periodForm.${field}`)}</label>
        <input
          id={id}
          type="text"
          inputMode={field === 'page' ? 'numeric' : undefined}
          dir={field === 'page' ? 'ltr' : 'auto'}
          maxLength={TEXT_LIMITS.title}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          value={source[field]}
          onChange={(event) => onChange(field, event.target.value)}
        />
        {error && (
          <p id={`${id}-error`} className="report-field__error">
            {t(`indicators.edit.periodForm.errors.${error}`)}
          </p>
        )}
      </div>
    );
  });
}
