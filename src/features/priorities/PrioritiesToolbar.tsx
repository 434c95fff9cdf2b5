import { useId } from 'react';
import { useTranslation } from '../../i18n';
import type { PrioritySort } from '../../domain';
import { CsvSeparatorSelect } from '../../ui/CsvSeparatorSelect';

interface PrioritiesToolbarProps {
  years: number[];
  year: number | null;
  sort: PrioritySort;
  onYearChange: (year: number | null) => void;
  onSortChange: (sort: PrioritySort) => void;
  onAdd: () => void;
  onExport: () => void;
}

export function PrioritiesToolbar({ years, year, sort, onYearChange, onSortChange, onAdd, onExport }: PrioritiesToolbarProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="report-toolbar" role="group" aria-label={t('priorities.toolbar')}>
      <div className="report-toolbar__field">
        <label htmlFor={`${id}-year`}>{t('priorities.filterYear')}</label>
        <select id={`${id}-year`} value={year ?? ''} onChange={(event) => onYearChange(event.target.value ? Number(event.target.value) : null)}>
          <option value="">{t('priorities.allYears')}</option>
          {years.map((each) => (
            <option key={each} value={each}>
              {each}
            </option>
          ))}
        </select>
      </div>
      <div className="report-toolbar__field">
        <label htmlFor={`${id}-sort`}>{t('priorities.sortBy')}</label>
        <select id={`${id}-sort`} value={sort} onChange={(event) => onSortChange(event.target.value === 'target' ? 'target' : 'order')}>
          <option value="order">{t('priorities.sortOrder')}</option>
          <option value="target">{t('priorities.sortTarget')}</option>
        </select>
      </div>
      <div className="report-toolbar__buttons">
        <button type="button" id="add-priority" className="report-button report-button--primary" onClick={onAdd}>
          {t('priorities.add')}
        </button>
        <button type="button" className="report-button" onClick={onExport}>
          {t('priorities.exportCsv')}
        </button>
        <CsvSeparatorSelect />
        <button type="button" className="report-button" onClick={() => window.print()}>
          {t('priorities.print')}
        </button>
      </div>
    </div>
  );
}
