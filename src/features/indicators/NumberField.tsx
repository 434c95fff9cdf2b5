import { useTranslation } from '../../i18n';
import type { FieldError } from './periodDraft';
import { formatForInput } from './localeNumber';

interface NumberFieldProps {
  id: string;
  label: string;
  value: string;
  error: FieldError | undefined;
  onChange: (text: string) => void;
}

/** A figure typed as the interface's language writes numbers; its error shows an example in that language. */
export function NumberField({ id, label, value, error, onChange }: NumberFieldProps) {
  const { t, i18n } = useTranslation();
  return (
    <div className="report-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        dir="ltr"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
      {error && (
        <p id={`${id}-error`} className="report-field__error">
          {t('indicators.edit.periodForm.errors.numberInvalid', { example: formatForInput(1234.5, i18n.language) })}
        </p>
      )}
    </div>
  );
}
