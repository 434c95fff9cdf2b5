import { memo } from 'react';
import { NOT_ASSESSED, NO_LEAD_UNIT, hasActiveFilters, type Area, type BoardFilters, type HealthFilter, type Status } from '../../domain';
import { BoardSearchField } from './BoardSearchField';
import { HealthOptions, StatusOptions, isolate, useTranslation } from '../../i18n';

interface BoardToolbarProps {
  filters: BoardFilters;
  areas: Area[];
  leadUnits: string[];
  shown: number;
  total: number;
  isSwimlanes: boolean;
  onFiltersChange: (next: Partial<BoardFilters>) => void;
  onClear: () => void;
  onSwimlanesChange: (isSwimlanes: boolean) => void;
}

const single = <T extends string>(values: T[]): T | '' => values[0] ?? '';
const toList = <T extends string>(value: string): T[] => (value === '' ? [] : [value as T]);

export const BoardToolbar = memo(function BoardToolbar({
  filters,
  areas,
  leadUnits,
  shown,
  total,
  isSwimlanes,
  onFiltersChange,
  onClear,
  onSwimlanesChange,
}: BoardToolbarProps) {
  const { t } = useTranslation();
  return (
    <form className="toolbar" role="search" aria-label={t('filters.label')} onSubmit={(event) => event.preventDefault()}>
      <div className="toolbar__field toolbar__field--search">
        <label htmlFor="board-search">{t('filters.search')}</label>
        <BoardSearchField value={filters.search} onChange={(search) => onFiltersChange({ search })} />
      </div>
      <div className="toolbar__field">
        <label htmlFor="board-area">{t('filters.area')}</label>
        <select id="board-area" value={single(filters.areas)} onChange={(e) => onFiltersChange({ areas: toList(e.target.value) })}>
          <option value="">{t('filters.allAreas')}</option>
          {areas.map((area) => (
            <option key={area.code} value={area.code}>
              {`${area.code}. ${isolate(area.name)}`}
            </option>
          ))}
        </select>
      </div>
      <div className="toolbar__field">
        <label htmlFor="board-status">{t('filters.status')}</label>
        <select
          id="board-status"
          value={single(filters.statuses)}
          onChange={(e) => onFiltersChange({ statuses: toList<Status>(e.target.value) })}
        >
          <option value="">{t('filters.allStatuses')}</option>
          <StatusOptions />
        </select>
      </div>
      <div className="toolbar__field">
        <label htmlFor="board-health">{t('filters.health')}</label>
        <select
          id="board-health"
          value={single(filters.healths)}
          onChange={(e) => onFiltersChange({ healths: toList<HealthFilter>(e.target.value) })}
        >
          <option value="">{t('filters.allHealths')}</option>
          <HealthOptions />
          <option value={NOT_ASSESSED}>{t('filters.notAssessed')}</option>
        </select>
      </div>
      <div className="toolbar__field">
        <label htmlFor="board-lead">{t('filters.leadUnit')}</label>
        <select id="board-lead" value={single(filters.leadUnits)} onChange={(e) => onFiltersChange({ leadUnits: toList(e.target.value) })}>
          <option value="">{t('filters.allLeadUnits')}</option>
          {leadUnits.map((unit) => (
            <option key={unit} value={unit}>
              {isolate(unit)}
            </option>
          ))}
          <option value={NO_LEAD_UNIT}>{t('filters.noLeadUnit')}</option>
        </select>
      </div>
      <div className="toolbar__checks">
        <label className="check">
          <input type="checkbox" checked={filters.isPriorityOnly} onChange={(e) => onFiltersChange({ isPriorityOnly: e.target.checked })} />
          {t('filters.priorityOnly')}
        </label>
        <label className="check">
          <input type="checkbox" checked={filters.isOverdueOnly} onChange={(e) => onFiltersChange({ isOverdueOnly: e.target.checked })} />
          {t('filters.overdueOnly')}
        </label>
        <label className="check">
          <input type="checkbox" checked={filters.isToVerifyOnly} onChange={(e) => onFiltersChange({ isToVerifyOnly: e.target.checked })} />
          {t('filters.toVerify')}
        </label>
        <label className="check">
          <input type="checkbox" role="switch" checked={isSwimlanes} onChange={(e) => onSwimlanesChange(e.target.checked)} />
          {t('board.lanes')}
        </label>
      </div>
      <div className="toolbar__summary">
        <p aria-live="polite">{t('filters.showing', { shown, total })}</p>
        {hasActiveFilters(filters) && (
          <button type="button" className="button button--secondary" onClick={onClear}>
            {t('filters.clear')}
          </button>
        )}
      </div>
    </form>
  );
});
