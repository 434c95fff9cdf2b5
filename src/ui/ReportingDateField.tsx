import { memo } from 'react';
import { useTranslation } from '../i18n';
import { validateIsoDate, type FieldSaveResult } from '../domain';
import { EditableField } from './EditableField';
import './reporting-date-field.css';

interface ReportingDateFieldProps {
  value: string;
  onSave: (isoDate: string) => Promise<FieldSaveResult>;
  /** Why the date cannot be changed here (a team reader's role), or nothing when it can. */
  lockedReason?: string | null;
}

/** The date that Overdue and Due soon are judged against, checked by the domain, saved on leaving the field. */
export const ReportingDateField = memo(function ReportingDateField({ value, onSave, lockedReason }: ReportingDateFieldProps) {
  const { t } = useTranslation();
  return (
    <EditableField
      className="reporting-date-field"
      label={t('field.reportingDate')}
      type="date"
      value={value}
      help={lockedReason ?? t('field.reportingDateHelp')}
      disabled={Boolean(lockedReason)}
      onCommit={(draft) => {
        const result = validateIsoDate(draft);
        if (!result.ok || result.value === null) return t('validation.date');
        return onSave(result.value);
      }}
    />
  );
});
