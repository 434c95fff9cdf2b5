import { useMemo, useState } from 'react';
import { useTranslation } from '../../i18n';
import { ulid, type Indicator, type IndicatorPeriod } from '../../domain';
import { rankAfter } from '../../domain/rank';
import { useActionLines, useAreas, useIndicatorPeriods, useIndicators } from '../../data';
import { PageHeader } from '../../ui/PageHeader';
import { IndicatorCard } from './IndicatorCard';
import { IndicatorsCsvExport } from './IndicatorsCsvExport';
import { IndicatorFiltersBar } from './IndicatorFiltersBar';
import { IndicatorForm } from './IndicatorForm';
import { useIndicatorActions } from './useIndicatorActions';
import { focusLater } from '../../ui/focusLater';
import { useFocusWhenShown } from '../../ui/useFocusWhenShown';
import { useIndicatorFilters } from './useIndicatorFilters';
import '../../ui/report-controls.css';
import './indicators.css';

const ADD_BUTTON_ID = 'add-indicator';

export function IndicatorsView() {
  const { t } = useTranslation();
  const indicators = useIndicators();
  const periods = useIndicatorPeriods();
  const areas = useAreas();
  const lines = useActionLines();
  const [filters, setFilters] = useIndicatorFilters();
  const [isAdding, setIsAdding] = useState(false);
  const actions = useIndicatorActions();
  const focusWhenShown = useFocusWhenShown();

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

  const closeAddForm = () => {
    setIsAdding(false);
    focusLater(ADD_BUTTON_ID);
  };
  const add = (fields: Pick<Indicator, 'name' | 'unit' | 'direction' | 'areaCode' | 'lineCodes' | 'definition'>) => {
    const indicator: Indicator = { ...fields, id: ulid(), rank: rankAfter(indicators.data?.at(-1)?.rank ?? null), updatedAt: null, updatedBy: null };
    actions.add(indicator).catch(() => undefined);
    setIsAdding(false);
    focusWhenShown(`indicator-${indicator.id}`);
  };
  // The next card's heading, else the add button: the deleted card's buttons are gone.
  const focusAfterDelete = (id: string) => {
    const list = indicators.data ?? [];
    const index = list.findIndex((indicator) => indicator.id === id);
    const neighbour = list[index + 1] ?? list[index - 1];
    focusLater(neighbour ? `indicator-${neighbour.id}` : ADD_BUTTON_ID);
  };

  const areaNames = new Map((areas.data ?? []).map((area) => [area.code, area.name]));
  const all = indicators.data ?? [];
  const shown = all.filter(
    (indicator) =>
      (!filters.areaCode || indicator.areaCode === filters.areaCode) && (!filters.lineCode || indicator.lineCodes.includes(filters.lineCode)),
  );
  return (
    <section className="page indicators" aria-labelledby="indicators-title">
      <PageHeader titleId="indicators-title" title={t('indicators.title')} intro={t('indicators.intro')} />
      <IndicatorFiltersBar areas={areas.data ?? []} lines={lines.data ?? []} filters={filters} onChange={setFilters} />
      <div className="indicators__toolbar">
        <button type="button" id={ADD_BUTTON_ID} className="report-button report-button--primary" onClick={() => setIsAdding(true)} disabled={isAdding}>
          {t('indicators.edit.add')}
        </button>
        <IndicatorsCsvExport />
      </div>
      {isAdding && (
        <IndicatorForm indicator={null} areas={areas.data ?? []} lines={lines.data ?? []} onSubmit={add} onCancel={closeAddForm} />
      )}
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
              areas={areas.data ?? []}
              lines={lines.data ?? []}
              onDeleted={() => focusAfterDelete(indicator.id)}
            />
          ))}
        </div>
      )}
    </section>
  );
}
