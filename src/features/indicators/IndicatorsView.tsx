import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorPeriod } from '../../domain';
import { useActionLines, useAreas, useIndicatorPeriods, useIndicators } from '../../data';
import { PageHeader } from '../../ui/PageHeader';
import { IndicatorCard } from './IndicatorCard';
import { IndicatorsCsvExport } from './IndicatorsCsvExport';
import { IndicatorFiltersBar } from './IndicatorFiltersBar';
import { useIndicatorFilters } from './useIndicatorFilters';
import './indicators.css';

export function IndicatorsView() {
  const { t } = useTranslation();
  const indicators = useIndicators();
  const periods = useIndicatorPeriods();
  const areas = useAreas();
  const lines = useActionLines();
  const [filters, setFilters] = useIndicatorFilters();

  const periodsByIndicator = useMemo(() => {
    const grouped = new Map<string, IndicatorPeriod[]>();
    for (const period of periods.data ?? []) grouped.set(period.indicatorId, [...(grouped.get(period.indicatorId) ?? []), period]);
    return grouped;
  }, [periods.data]);

  if (indicators.isPending || periods.isPending || areas.isPending || lines.isPending) return <p className="page__status">{t('app.loading')}</p>;
  const error = indicators.error ?? periods.error;
  if (error) {
    return (
      <p className="page__status" role="alert">
        {t('app.loadFailed', { message: error.message })}
      </p>
    );
  }

  const areaNames = new Map((areas.data ?? []).map((area) => [area.code, area.name]));
  const all = indicators.data ?? [];
  const shown = all.filter(
    (indicator) =>
      (!filters.areaCode || indicator.areaCode === filters.areaCode) && (!filters.lineCode || indicator.lineCodes.includes(filters.lineCode)),
  );
  return (
    <section className="page indicators" aria-labelledby="indicators-title">
      <PageHeader titleId="indicators-title" title={t('indicators.title')} intro={t('indicators.intro')} />
      <IndicatorsCsvExport />
      <IndicatorFiltersBar areas={areas.data ?? []} lines={lines.data ?? []} filters={filters} onChange={setFilters} />
      <p className="indicators__count" aria-live="polite">
        {t('indicators.showing', { shown: shown.length, total: all.length })}
      </p>
      {shown.length === 0 ? (
        <p className="page__status">{t('indicators.empty')}</p>
      ) : (
        <div className="indicators__list">
          {shown.map((indicator) => (
            <IndicatorCard
              key={indicator.id}
              indicator={indicator}
              periods={periodsByIndicator.get(indicator.id) ?? []}
              areaName={indicator.areaCode ? (areaNames.get(indicator.areaCode) ?? null) : null}
            />
          ))}
        </div>
      )}
    </section>
  );
}
