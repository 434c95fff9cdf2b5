import { INTERACTIONS } from './harness.mjs';

/**
 * The budgets of issue 8, first-load JavaScript as issue 13 set it (drag and drop included);
 * `actual` reads a figure from the benchmark's output.
 */
export const BUDGETS = [
  { name: 'First-load JavaScript (gzip)', limit: 175, unit: 'kB', actual: (bench) => bench.javaScript.firstLoadGzipKb },
  { name: '24 lines at 4x: worst interaction', limit: 50, unit: 'ms', actual: (bench) => figuresOf(bench, 'seed', 4)?.allInteractions.worst },
  { name: '2,000 lines at 4x: cards visible', limit: 1500, unit: 'ms', actual: (bench) => figuresOf(bench, '2000x10', 4)?.boardCardsVisibleMs },
  { name: '2,000 lines at 4x: worst interaction', limit: 200, unit: 'ms', actual: (bench) => figuresOf(bench, '2000x10', 4)?.allInteractions.worst },
  { name: '2,000 lines at 4x: snapshot export', limit: 1000, unit: 'ms', actual: (bench) => figuresOf(bench, '2000x10', 4)?.exportMs },
  { name: '2,000 lines at 4x: snapshot import', limit: 1000, unit: 'ms', actual: (bench) => figuresOf(bench, '2000x10', 4)?.importMs },
];

function figuresOf(bench, dataset, rate) {
  return bench.results.find((result) => result.dataset === dataset && result.rate === rate)?.figures;
}

export function checkBudgets(bench) {
  return BUDGETS.map(({ name, limit, unit, actual }) => {
    const value = actual(bench);
    if (value === undefined || value === null) return { name, limit, unit, value: null, status: 'not measured' };
    return { name, limit, unit, value: Math.round(value * 10) / 10, status: value <= limit ? 'met' : `over by ${Math.round(value - limit)} ${unit}` };
  });
}

const ms = (value) => (value === null || value === undefined ? '–' : `${Math.round(value)}`);

function markdownTable(header, rows) {
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

/** The results as Markdown tables: the same text goes to the terminal and into the README. */
export function formatReport(bench) {
  const label = { menuMove: 'menu move', keyboardMove: 'keyboard move', pointerDrag: 'pointer drag', openCard: 'open card', search: 'search typing' };
  const loads = markdownTable(
    ['dataset', 'CPU', 'cards visible', 'dashboard figures', 'export', 'import (check + replace)', 'worst interaction', 'p75', 'long tasks (n / ms)'],
    bench.results.map(({ dataset, rate, figures }) => [
      dataset,
      `${rate}x`,
      ms(figures.boardCardsVisibleMs),
      ms(figures.dashboardFiguresVisibleMs),
      ms(figures.exportMs),
      `${ms(figures.importMs)} (${ms(figures.importCheckMs)} + ${ms(figures.importReplaceMs)})`,
      ms(figures.allInteractions.worst),
      ms(figures.allInteractions.p75),
      `${ms(figures.allInteractions.longTaskCount)} / ${ms(figures.allInteractions.longTaskMs)}`,
    ]),
  );
  const interactions = markdownTable(
    ['dataset', 'CPU', ...INTERACTIONS.map((name) => `${label[name]} p75 / worst`)],
    bench.results.map(({ dataset, rate, figures }) => [
      dataset,
      `${rate}x`,
      ...INTERACTIONS.map((name) => `${ms(figures.interactions[name].p75)} / ${ms(figures.interactions[name].worst)}`),
    ]),
  );
  const budgets = markdownTable(
    ['budget', 'limit', 'median', 'status'],
    checkBudgets(bench).map((budget) => [budget.name, `${budget.limit} ${budget.unit}`, budget.value === null ? '–' : `${budget.value} ${budget.unit}`, budget.status]),
  );
  const js = `JavaScript: ${bench.javaScript.firstLoadGzipKb.toFixed(1)} kB gzip before the board first shows (${bench.javaScript.firstLoadFiles.length} files), ${bench.javaScript.afterPaintGzipKb.toFixed(1)} kB after it, ${bench.javaScript.totalGzipKb.toFixed(1)} kB gzip in total (${bench.javaScript.totalFiles} files).`;
  return [`Times in ms, medians of ${bench.results[0]?.runs ?? 0} runs.`, '', loads, '', interactions, '', js, '', budgets].join('\n');
}
