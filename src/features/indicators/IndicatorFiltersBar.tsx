import { useTranslation } from '../../i18n';
import type { ActionLine, Area } from '../../domain';
import type { IndicatorFilters } from './useIndicatorFilters';

interface IndicatorFiltersBarProps {
  areas: Area[];
  lines: ActionLine[];
  filters: IndicatorFilters;
  onChange: (next: IndicatorFilters) => void;
}

export function IndicatorFiltersBar({ areas, lines, filters, onChange }: IndicatorFiltersBarProps) {
  const { t } = useTranslation();
  const shownLines = filters.areaCode ? lines.filter((line) => line.areaCode === filters.areaCode) : lines;
  return (
    <fieldset className="indicator-filters">
      <legend className="visually-hidden">{t('indicators.filters.label')}</legend>
      <label className="indicator-filters__field">
        <span>{t('indicators.filters.area')}</span>
        <select
          value={filters.areaCode ?? ''}
          onChange={(event) => onChange({ areaCode: event.target.value || null, lineCode: null })}
        >
          <option value="">{t('indicators.filters.allAreas')}</option>
          {areas.map((area) => (
            <option key={area.code} value={area.code}>
              {area.code}. {area.name}
            </option>
          ))}
        </select>
      </label>
      <label className="indicator-filters__field">
        <span>{t('indicators.filters.line')}</span>
        <select value={filters.lineCode ?? ''} onChange={(event) => onChange({ ...filters, lineCode: event.target.value || null })}>
          <option value="">{t('indicators.filters.allLines')}</option>
          {shownLines.map((line) => (
            <option key={line.code} value={line.code}>
              {line.code} {line.title}
            </option>
          ))}
        </select>
      </label>
      {(filters.areaCode || filters.lineCode) && (
        <button type="button" className="indicator-filters__clear" onClick={() => onChange({ areaCode: null, lineCode: null })}>
          {t('indicators.filters.clear')}
        </button>
      )}
    </fieldset>
  );
}
