import { lazy, Suspense, useDeferredValue, useEffect, useMemo } from 'react';
import {
  computeProgress,
  computeScheduleFlag,
  hasActiveFilters,
  isStatus,
  statusKey,
  matchesBoardFilters,
  type ActionLine,
  type Area,
  type Status,
} from '../../domain';
import {
  preloadMoveCode,
  useActionLines,
  useAreas,
  useMilestones,
  usePriorityItems,
  useReportingDate,
  useReportingDateField,
  whenIdle,
} from '../../data';
import { loadViewMessages, progressMessageValues, useTranslation } from '../../i18n';
import { useUiStore } from '../../state/uiStore';
import type { CardFacts } from './ActionLineCard';
import { BoardArea } from './BoardArea';
import { BoardColumnSwitcher } from './BoardColumnSwitcher';
import { BoardToolbar } from './BoardToolbar';
import { buildContainers } from './boardContainers';
import { ReportingDateField } from '../../ui/ReportingDateField';
import { BOARD_READ_ONLY_NOTE_ID, BoardReadOnlyNote } from './BoardReadOnlyNote';
import { ScheduleNoticeHost } from './ScheduleNoticeHost';
import { useBoardFilters } from './useBoardFilters';
import { useOpenLine } from './useOpenLine';
import './board.css';

// The card panel is not needed to show the board, so it loads once the browser is idle after the
// first paint (with a move's code), or when a card is opened before that. The panel's messages load with the other
// views' (a part of each language's messages).
let linePanelLoad: Promise<{ default: typeof import('./panel/LinePanel').LinePanel }> | undefined;
function loadLinePanel() {
  linePanelLoad ??= Promise.all([import('./panel/LinePanel'), loadViewMessages()]).then(
    ([module]) => ({ default: module.LinePanel }),
    (error: unknown) => {
      linePanelLoad = undefined;
      throw error;
    },
  );
  return linePanelLoad;
}
const LinePanel = lazy(loadLinePanel);

const NO_LINES: ActionLine[] = [];
const NO_AREAS: Area[] = [];

export function BoardView() {
  const { t, i18n } = useTranslation();
  const reportingDateField = useReportingDateField();
  const linesQuery = useActionLines();
  const areasQuery = useAreas();
  const { data: milestones } = useMilestones();
  const { data: priorityItems } = usePriorityItems();
  const { reportingDate } = useReportingDate();
  const { openCode, openLine, closeLine } = useOpenLine();
  useEffect(
    () =>
      whenIdle(() => {
        void loadLinePanel().catch(() => undefined);
        preloadMoveCode();
      }),
    [],
  );
  const isSwimlanes = useUiStore((state) => state.isSwimlanes);
  const setSwimlanes = useUiStore((state) => state.setSwimlanes);
  const storedPhoneColumn = useUiStore((state) => state.phoneColumn);
  const phoneColumn = isStatus(storedPhoneColumn) ? storedPhoneColumn : 'To be started';
  const setPhoneColumn = useUiStore((state) => state.setPhoneColumn);

  // Changed data (a saved move, another tab's edit) re-renders the board in a render React can
  // interrupt, so the frame that answers the input that caused it (a menu closing, a key) never
  // waits for the whole board. The first data shows at once; the open card's panel shows the
  // stored data as it is, so what it says about a save is never a render behind.
  const storedLines = linesQuery.data ?? NO_LINES;
  const deferredLines = useDeferredValue(storedLines);
  const lines = deferredLines === NO_LINES ? storedLines : deferredLines;
  const areas = areasQuery.data ?? NO_AREAS;
  const leadUnits = useMemo(() => [...new Set(lines.map((l) => l.leadUnit).filter(Boolean))].sort(), [lines]);
  const isLoaded = linesQuery.isSuccess && areasQuery.isSuccess;
  const filterChoices = useMemo(
    () => (isLoaded ? { areas: areas.map((area) => area.code), leadUnits } : null),
    [isLoaded, areas, leadUnits],
  );
  const { filters, setFilters, clearFilters } = useBoardFilters(filterChoices);

  const areasByCode = useMemo(() => new Map(areas.map((area) => [area.code, area])), [areas]);
  const linesByCode = useMemo(() => new Map(lines.map((line) => [line.code, line])), [lines]);

  const factsByCode = useMemo(() => {
    const priorityCodes = new Set((priorityItems ?? []).map((item) => item.lineCode));
    const counts = new Map<string, { done: number; total: number }>();
    for (const milestone of milestones ?? []) {
      const count = counts.get(milestone.lineCode) ?? { done: 0, total: 0 };
      count.total += 1;
      if (milestone.status === 'Completed') count.done += 1;
      counts.set(milestone.lineCode, count);
    }
    return new Map<string, CardFacts>(
      lines.map((line) => [
        line.code,
        {
          milestoneDone: counts.get(line.code)?.done ?? 0,
          milestoneTotal: counts.get(line.code)?.total ?? 0,
          hasPriority: priorityCodes.has(line.code),
          scheduleFlag: computeScheduleFlag(line.target, line.status, reportingDate),
        },
      ]),
    );
  }, [lines, milestones, priorityItems, reportingDate]);

  // The toolbar shows each keystroke or choice at once; the columns follow in a render React can
  // interrupt, so typing in the search box stays fluid on a 2,000-line board.
  const columnFilters = useDeferredValue(filters);
  const visibleLines = useMemo(
    () =>
      lines.filter((line) => {
        const facts = factsByCode.get(line.code);
        return matchesBoardFilters(line, columnFilters, {
          hasPriority: facts?.hasPriority ?? false,
          scheduleFlag: facts?.scheduleFlag ?? null,
        });
      }),
    [lines, factsByCode, columnFilters],
  );

  const containers = useMemo(() => buildContainers(visibleLines, areas, isSwimlanes), [visibleLines, areas, isSwimlanes]);
  const columnCounts = useMemo(() => {
    const counts = new Map<Status, number>();
    for (const line of visibleLines) counts.set(line.status, (counts.get(line.status) ?? 0) + 1);
    return counts;
  }, [visibleLines]);

  if (linesQuery.isPending || areasQuery.isPending) {
    return <p className="page__status">{t('app.loading')}</p>;
  }
  if (linesQuery.isError) {
    return (
      <p className="page__status" role="alert">
        {t('app.loadFailed', { message: linesQuery.error.message })}
      </p>
    );
  }

  const figures = computeProgress(lines);
  const boardAreaProps = {
    lines,
    isShowingStoredLines: lines === storedLines,
    containers,
    areas,
    isSwimlanes,
    isFiltered: hasActiveFilters(columnFilters),
    linesByCode,
    factsByCode,
    areasByCode,
    onOpen: openLine,
  };

  const openedLine = openCode ? storedLines.find((line) => line.code === openCode) : undefined;

  return (
    <section className="page board" aria-labelledby="board-title">
      <header className="page__header board__header">
        <div>
          <h1 id="board-title" className="page__title">
            {t('board.title')}
          </h1>
          <p className="page__intro">{t('board.intro')}</p>
          <p className="board__headline">
            {t('progress.headline', progressMessageValues(figures, i18n.language))}
          </p>
        </div>
        <ReportingDateField {...reportingDateField} />
      </header>
      <BoardReadOnlyNote id={BOARD_READ_ONLY_NOTE_ID} />
      <ScheduleNoticeHost />
      <BoardColumnSwitcher selected={phoneColumn} counts={columnCounts} onSelect={setPhoneColumn} />
      <BoardToolbar
        filters={filters}
        areas={areas}
        leadUnits={leadUnits}
        shown={visibleLines.length}
        total={lines.length}
        isSwimlanes={isSwimlanes}
        onFiltersChange={setFilters}
        onClear={clearFilters}
        onSwimlanesChange={setSwimlanes}
      />
      <p className="board__hint">{t('board.undoShortcut')}</p>
      <div className="board__body" data-phone-column={statusKey(phoneColumn)}>
        <BoardArea {...boardAreaProps} />
      </div>
      {openCode && (
        <Suspense fallback={null}>
          <LinePanel
            key={openCode}
            code={openCode}
            line={openedLine}
            area={openedLine ? areasByCode.get(openedLine.areaCode) : undefined}
            lines={storedLines}
            onClose={closeLine}
          />
        </Suspense>
      )}
    </section>
  );
}
