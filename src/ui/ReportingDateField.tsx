import { memo } from 'react';
import { formatDateTime, isolate, useTranslation } from '../i18n';
import { validateIsoDate, type FieldSaveResult } from '../domain';
import { EditableField } from './EditableField';
import './reporting-date-field.css';

interface ReportingDateFieldProps {
  value: string;
  onSave: (isoDate: string) => Promise<FieldSaveResult>;
  /** Signed in to the team as a reader: the field shows the team's date and says why it cannot change. */
  isReadOnly?: boolean;
  /** Who set the date and when (an ISO time), shown under it: the team shares one date. */
  setBy?: { name: string; at: string } | null;
}

/** The date that Overdue and Due soon are judged against, checked by the domain, saved on leaving the field. */
export const ReportingDateField = memo(function ReportingDateField({ value, onSave, isReadOnly = false, setBy = null }: ReportingDateFieldProps) {
  const { t, i18n } = useTranslation();
  const setByText = setBy ? ` ${t('field.reportingDateSetBy', { name: isolate(setBy.name), when: formatDateTime(setBy.at, i18n.language, 'medium') })}` : '';
  return (
    <EditableField
      className="reporting-date-field"
      label={t('field.reportingDate')}
      type="date"
      value={value}
      help={`${t(isReadOnly ? 'teamSyncState.readerLocked' : 'field.reportingDateHelp')}${setByText}`}
      disabled={isReadOnly}
      onCommit={(draft) => {
        const result = validateIsoDate(draft);
        if (!result.ok || result.value === null) return t('validation.date');
        return onSave(result.value);
      }}
    />
  );
});
