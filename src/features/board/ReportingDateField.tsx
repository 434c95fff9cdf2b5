import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { validateIsoDate } from '../../domain';
import { useReportingDate, useSetReportingDate } from '../../data';
import { EditableField } from '../../ui/EditableField';
import { useFieldSave } from './useFieldSave';

/** The date that Overdue and Due soon are judged against; stored, and today when never set. */
export const ReportingDateField = memo(function ReportingDateField() {
  const { t } = useTranslation();
  const { reportingDate, stored } = useReportingDate();
  const { mutateAsync } = useSetReportingDate();
  const saveField = useFieldSave();
  return (
    <EditableField
      className="board__reporting-date"
      label={t('board.reportingDate')}
      type="date"
      value={reportingDate}
      help={t('board.reportingDateHelp')}
      onCommit={(value) => {
        const result = validateIsoDate(value);
        if (!result.ok || result.value === null) return t('validation.date');
        return saveField(mutateAsync({ isoDate: result.value, expected: stored }));
      }}
    />
  );
});
