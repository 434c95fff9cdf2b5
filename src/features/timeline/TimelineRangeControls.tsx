import { useId } from 'react';
import { useTranslation } from '../../i18n';

interface TimelineRangeControlsProps {
  fromYear: number;
  toYear: number;
  years: number[];
  onChange: (fromYear: number, toYear: number) => void;
}

export function TimelineRangeControls({ fromYear, toYear, years, onChange }: TimelineRangeControlsProps) {
  const { t } = useTranslation();
  const id = useId();
  const invalid = fromYear > toYear;
  return (
    <fieldset className="report-toolbar timeline__range">
      <legend className="visually-hidden">{t('timeline.range')}</legend>
      <div className="report-toolbar__field">
        <label htmlFor={`${id}-from`}>{t('timeline.from')}</label>
        <select id={`${id}-from`} value={fromYear} aria-invalid={invalid || undefined} aria-describedby={invalid ? `${id}-error` : undefined} onChange={(event) => onChange(Number(event.target.value), toYear)}>
          {years.map((year) => (
            <option key={year} value={year}>{year}</option>
          ))}
        </select>
      </div>
      <div className="report-toolbar__field">
        <label htmlFor={`${id}-to`}>{t('timeline.to')}</label>
        <select id={`${id}-to`} value={toYear} aria-invalid={invalid || undefined} aria-describedby={invalid ? `${id}-error` : undefined} onChange={(event) => onChange(fromYear, Number(event.target.value))}>
          {years.map((year) => (
            <option key={year} value={year}>{year}</option>
          ))}
        </select>
      </div>
      {invalid && (
        <p id={`${id}-error`} role="alert" className="report-field__error">
          {t('timeline.rangeInvalid')}
        </p>
      )}
    </fieldset>
  );
}
