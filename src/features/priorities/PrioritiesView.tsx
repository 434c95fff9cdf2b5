import { useMemo, useState } from 'react';
import { useTranslation } from '../../i18n';
import { priorityYears, selectPriorityRows, ulid, type PriorityItem, type PrioritySort } from '../../domain';
import { rankAfter } from '../../domain/rank';
import { isStaleWrite, todayIsoDate, useActionLines, usePriorityItems, useReportingDate } from '../../data';
import { useUiStore } from '../../state/uiStore';
import { PrioritiesTable } from './PrioritiesTable';
import { PrioritiesToolbar } from './PrioritiesToolbar';
import { PriorityItemForm } from './PriorityItemForm';
import { PriorityRowActions } from './PriorityRowActions';
import { buildPrioritiesCsv } from './priorityCsv';
import { downloadCsv } from '../../ui/downloadFile';
import { useCsvSeparator } from '../../ui/useCsvSeparator';
import { usePriorityItemActions } from './usePriorityItemActions';
import { usePrintFooter } from './usePrintFooter';
import { useReportFooterText } from './useReportFooterText';
import { useReportTitle } from '../report';
import { PageHeader } from '../../ui/PageHeader';

type Editing = { item: PriorityItem | null; returnFocusTo: string } | null;

export function PrioritiesView() {
  const { t } = useTranslation();
  const showToast = useUiStore((state) => state.showToast);
  const itemsQuery = usePriorityItems();
  const linesQuery = useActionLines();
  const { reportingDate } = useReportingDate();
  const actions = usePriorityItemActions();
  const csvSeparator = useCsvSeparator();
  usePrintFooter(useReportFooterText());
  const reportTitle = useReportTitle();
  const [year, setYear] = useState<number | null>(null);
  const [sort, setSort] = useState<PrioritySort>('order');
  const [editing, setEditing] = useState<Editing>(null);

  const items = useMemo(() => itemsQuery.data ?? [], [itemsQuery.data]);
  const rows = useMemo(() => selectPriorityRows(items, { year, sort }), [items, year, sort]);
  const canReorder = year === null && sort === 'order';

  if (itemsQuery.isPending || linesQuery.isPending) return <p className="page__status">{t('app.loading')}</p>;
  if (itemsQuery.isError) {
    return (
      <p className="page__status" role="alert">
        {t('app.loadFailed', { message: itemsQuery.error.message })}
      </p>
    );
  }

  const closeForm = () => {
    const returnFocusTo = editing?.returnFocusTo;
    setEditing(null);
    if (returnFocusTo) requestAnimationFrame(() => document.getElementById(returnFocusTo)?.focus());
  };

  const submit = (value: Pick<PriorityItem, 'lineCode' | 'text' | 'milestone' | 'target'>) => {
    const started = editing?.item;
    if (started) {
      // Only the fields the user changed are saved, and only over the values the form started from.
      // The form stays open, with what the user typed, until the save lands.
      actions.update(started, { ...started, ...value }).then(closeForm, (error: unknown) => {
        if (isStaleWrite(error)) showToast({ kind: 'error', message: t('priorities.changedElsewhere', { code: started.lineCode }) });
      });
      return;
    }
    const rank = rankAfter(selectPriorityRows(items, { year: null, sort: 'order' }).at(-1)?.rank ?? null);
    actions.add({ ...value, linkSource: 'person', id: ulid(), rank, updatedAt: null, updatedBy: null }).catch(() => undefined);
    closeForm();
  };

  const remove = (item: PriorityItem, index: number) => {
    const neighbour = rows[index + 1] ?? rows[index - 1];
    actions.remove(item).catch(() => undefined);
    requestAnimationFrame(() => document.getElementById(neighbour ? `edit-priority-${neighbour.id}` : 'add-priority')?.focus());
  };

  // Rows move only while every row shows in the table's own order, so a row's index is its position.
  const move = (item: PriorityItem, index: number, offset: -1 | 1) => {
    actions.move(item, index, index + offset).catch(() => undefined);
  };

  return (
    <section className="page priorities" aria-labelledby="priorities-title">
      <PageHeader titleId="priorities-title" title={t('priorities.title')} intro={t('priorities.intro')} printTitle={reportTitle} />
      <PrioritiesToolbar
        years={priorityYears(items)}
        year={year}
        sort={sort}
        onYearChange={setYear}
        onSortChange={setSort}
        onAdd={() => setEditing({ item: null, returnFocusTo: 'add-priority' })}
        onExport={() =>
          downloadCsv(t('priorities.csvFileName', { date: todayIsoDate() }), buildPrioritiesCsv(rows, reportingDate, t, csvSeparator))
        }
      />
      {editing && (
        <PriorityItemForm
          key={editing.item?.id ?? 'new'}
          item={editing.item}
          lines={linesQuery.data ?? []}
          onSubmit={submit}
          onCancel={closeForm}
        />
      )}
      <p className="priorities__count" aria-live="polite">
        {t('priorities.count', { count: rows.length })}
        {!canReorder && <span className="priorities__hint"> {t('priorities.reorderHint')}</span>}
      </p>
      {rows.length === 0 ? (
        <p className="page__status">{t('priorities.empty')}</p>
      ) : (
        <PrioritiesTable
          items={rows}
          reportingDate={reportingDate}
          caption={t('priorities.title')}
          onAlign={(item, milestone) => void actions.update(item, { ...item, milestone }).catch(() => undefined)}
          renderActions={(item, index) => (
            <PriorityRowActions
              item={item}
              canMoveUp={canReorder && index > 0}
              canMoveDown={canReorder && index < rows.length - 1}
              onMove={(offset) => move(item, index, offset)}
              onEdit={() => setEditing({ item, returnFocusTo: `edit-priority-${item.id}` })}
              onDelete={() => remove(item, index)}
            />
          )}
        />
      )}
    </section>
  );
}
