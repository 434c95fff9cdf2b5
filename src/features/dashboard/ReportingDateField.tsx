import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSetReportingDate } from '../../data';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The stored reporting date; the flags follow it at once, and it is saved for every tab. */
export function ReportingDateField({ reportingDate }: { reportingDate: string }) {
  const { t } = useTranslation();
  const id = useId();
  const setReportingDate = useSetReportingDate();
  const [draft, setDraft] = useState<string | null>(null);
  const invalid = draft !== null && !ISO_DATE.test(draft);

  return (
    <div className="reporting-date">
      <label htmlFor={id} className="reporting-date__label">
        {t('dashboard.reportingDate')}
      </label>
      <input
        id={id}
        type="date"
        className="reporting-date__input"
        value={draft ?? reportingDate}
        aria-invalid={invalid}
        aria-describedby={`${id}-hint${invalid ? ` ${id}-error` : ''}`}
        onChange={(event) => {
          const value = event.target.value;
          setDraft(value);
          if (ISO_DATE.test(value)) {
            setReportingDate.mutate({ isoDate: value }, { onSettled: () => setDraft(null) });
          }
        }}
      />
      <p id={`${id}-hint`} className="reporting-date__hint">
        {t('dashboard.reportingDateHint')}
      </p>
      {invalid && (
        <p id={`${id}-error`} className="report-field__error" role="alert">
          {t('dashboard.reportingDateInvalid')}
        </p>
      )}
    </div>
  );
}
