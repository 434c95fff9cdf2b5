import { memo } from 'react';
import { useTranslation } from '../i18n';
import { validateIsoDate, type FieldSaveResult } from '../domain';
import { EditableField } from './EditableField';
import './reporting-date-field.css';

interface ReportingDateFieldProps {
  value: string;
  onSave: (isoDate: string) => Promise<FieldSaveResult>;
  /** Signed in to the team as a reader: the field shows the team's date and says why it cannot change. */
  isReadOnly?: boolean;
}

/** The date that Overdue and Due soon are judged against, checked by the domain, saved on leaving the field. */
export const ReportingDateField = memo(function ReportingDateField({ value, onSave, isReadOnly = false }: ReportingDateFieldProps) {
  const { t } = useTranslation();
  return (
    <EditableField
      className="reporting-date-field"
      label={t('field.reportingDate')}
      type="date"
      value={value}
      help={t(isReadOnly ? 'teamSyncState.readerLocked' : 'field.reportingDateHelp')}
      disabled={isReadOnly}
      onCommit={(draft) => {
        const result = validateIsoDate(draft);
        if (!result.ok || result.value === null) return t('validation.date');
        return onSave(result.value);
      }}
    />
  );
});
