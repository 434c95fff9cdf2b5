import { INTERACTIONS, PEER_INTERACTIONS, SAVED_STEPS, VISIBLE_STEPS } from './harness.mjs';

const LABELS = {
  menuMove: 'menu move',
  keyboardMove: 'keyboard move',
  pointerDrag: 'pointer drag',
  openCard: 'open card',
  search: 'search typing',
  menuOpen: 'menu open',
  menuChoice: 'menu choice',
  keyboardPickUp: 'keyboard pick-up',
  keyboardDropShown: 'keyboard drop shows',
  keyboardDrop: 'keyboard drop settled',
  pointerPickUp: 'pointer pick-up',
  pointerDropShown: 'pointer drop shows',
  pointerDrop: 'pointer drop settled',
};

const SAVED_LABELS = { menuChoice: 'menu choice saved', keyboardDrop: 'keyboard drop saved', pointerDrop: 'pointer drop saved' };

/** The steps the budgets hold: every step, a drop by its settled figure. */
const BUDGETED_STEPS = VISIBLE_STEPS.filter((step) => !step.shownOf);

function resultOf(bench, dataset, rate) {
  return bench.results.find((result) => result.dataset === dataset && result.rate === rate);
}

function figuresOf(bench, dataset, rate) {
  return resultOf(bench, dataset, rate)?.figures;
}

const ratio = (app, peer) => (typeof app === 'number' && typeof peer === 'number' && peer > 0 ? app / peer : null);

/** The slowest step from input to visible, and which. */
function slowestStep(figures) {
  let slowest = null;
  for (const { name } of BUDGETED_STEPS) {
    const value = figures?.visible?.[name];
    if (typeof value === 'number' && (!slowest || value > slowest.value)) slowest = { value, detail: LABELS[name] };
  }
  return slowest;
}

/** The step both boards have in which the app is furthest behind the peer, as app ÷ peer. */
function highestRatio(result) {
  let highest = null;
  for (const { name } of BUDGETED_STEPS.filter((step) => step.peer)) {
    const value = ratio(result?.figures.visible?.[name], result?.peer?.visible?.[name]);
    if (value !== null && (!highest || value > highest.value)) highest = { value, detail: LABELS[name] };
  }
  return highest;
}

/** The slower of the two drops, from the drop to the commit of its write. */
function slowestDropSaved(figures) {
  const drops = ['keyboardDrop', 'pointerDrop'].map((name) => ({ value: figures?.saved?.[name], detail: SAVED_LABELS[name] }));
  const measured = drops.filter(({ value }) => typeof value === 'number');
  return measured.length ? measured.reduce((slowest, drop) => (drop.value > slowest.value ? drop : slowest)) : null;
}

function cardsRatio(result) {
  const value = ratio(result?.figures.boardCardsVisibleMs, result?.peer?.boardCardsVisibleMs);
  return value === null ? null : { value };
}

/** Input to visible, and the app against the peer, at one dataset (issue 15). */
function visibleBudgets(dataset, lines, { stepLimit, cardsLimit, stepRatioLimit }) {
  return [
    { name: `${lines} at 4x: input to visible, slowest step`, limit: stepLimit, unit: 'ms', actual: (bench) => slowestStep(figuresOf(bench, dataset, 4)) },
    { name: `${lines} at 4x: cards visible, app ÷ peer`, limit: cardsLimit, unit: '×', actual: (bench) => cardsRatio(resultOf(bench, dataset, 4)) },
    { name: `${lines} at 4x: input to visible, app ÷ peer, highest`, limit: stepRatioLimit, unit: '×', actual: (bench) => highestRatio(resultOf(bench, dataset, 4)) },
  ];
}

/**
 * The budgets of issue 8, first-load JavaScript as issue 13 set it (drag and drop included), and
 * issue 15's input-to-visible and peer budgets; `actual` reads a figure from the benchmark's
 * output, a number or `{ value, detail }` naming the step it comes from.
 */
export const BUDGETS = [
  { name: 'First-load JavaScript (gzip)', limit: 175, unit: 'kB', actual: (bench) => bench.javaScript.firstLoadGzipKb },
  { name: '24 lines at 4x: worst interaction', limit: 50, unit: 'ms', actual: (bench) => figuresOf(bench, 'seed', 4)?.allInteractions.worst },
  { name: '2,000 lines at 4x: cards visible', limit: 1500, unit: 'ms', actual: (bench) => figuresOf(bench, '2000x10', 4)?.boardCardsVisibleMs },
  { name: '2,000 lines at 4x: worst interaction', limit: 200, unit: 'ms', actual: (bench) => figuresOf(bench, '2000x10', 4)?.allInteractions.worst },
  { name: '2,000 lines at 4x: snapshot export', limit: 1000, unit: 'ms', actual: (bench) => figuresOf(bench, '2000x10', 4)?.exportMs },
  { name: '2,000 lines at 4x: snapshot import', limit: 1000, unit: 'ms', actual: (bench) => figuresOf(bench, '2000x10', 4)?.importMs },
  { name: '2,000 lines at 4x: dashboard figures visible', limit: 1500, unit: 'ms', actual: (bench) => figuresOf(bench, '2000x10', 4)?.dashboardFiguresVisibleMs },
  { name: '500 lines at 4x: dashboard figures visible', limit: 1000, unit: 'ms', actual: (bench) => figuresOf(bench, '500x5', 4)?.dashboardFiguresVisibleMs },
  { name: '2,000 lines at 4x: a drop to another column saved, slowest', limit: 100, unit: 'ms', actual: (bench) => slowestDropSaved(figuresOf(bench, '2000x10', 4)) },
  { name: 'Team sync: first sync of 2,000 lines x 10 at 4x', limit: 3000, unit: 'ms', actual: (bench) => (bench.teamSync?.dataset === '2000x10' ? bench.teamSync.firstSyncMs : null) },
  { name: 'Team sync: a change shown in another browser (loopback), median', limit: 1000, unit: 'ms', actual: (bench) => bench.teamSync?.changeShownMs },
  ...visibleBudgets('seed', '24 lines', { stepLimit: 100, cardsLimit: 1.5, stepRatioLimit: 1 }),
  ...visibleBudgets('500x5', '500 lines', { stepLimit: 200, cardsLimit: 1, stepRatioLimit: 0.25 }),
  ...visibleBudgets('2000x10', '2,000 lines', { stepLimit: 200, cardsLimit: 1, stepRatioLimit: 0.25 }),
];

const rounded = (value, unit) => (unit === '×' ? Math.round(value * 100) / 100 : Math.round(value * 10) / 10);

export function checkBudgets(bench) {
  return BUDGETS.map(({ name, limit, unit, actual }) => {
    const found = actual(bench);
    const { value, detail } = typeof found === 'object' && found !== null ? found : { value: found };
    if (value === undefined || value === null) return { name, limit, unit, value: null, status: 'not measured' };
    const over = unit === '×' ? `${rounded(value - limit, unit)}` : `${Math.round(value - limit)}`;
    return {
      name,
      limit,
      unit,
      value: rounded(value, unit),
      ...(detail ? { detail } : {}),
      status: value <= limit ? 'met' : `over by ${over} ${unit}`,
    };
  });
}

const ms = (value) => (value === null || value === undefined ? '–' : `${Math.round(value)}`);
const times = (value) => (value === null ? '–' : value.toFixed(2));

/** An app figure beside the peer's, with the ratio: "120 / 240 (0.50)". */
function versus(app, peer) {
  return `${ms(app)} / ${ms(peer)} (${times(ratio(app, peer))})`;
}

function markdownTable(header, rows) {
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

/** The results as Markdown tables: the same text goes to the terminal and into the README. */
export function formatReport(bench) {
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
    ['dataset', 'CPU', ...INTERACTIONS.map((name) => `${LABELS[name]} p75 / worst`)],
    bench.results.map(({ dataset, rate, figures }) => [
      dataset,
      `${rate}x`,
      ...INTERACTIONS.map((name) => `${ms(figures.interactions[name].p75)} / ${ms(figures.interactions[name].worst)}`),
    ]),
  );
  const visible = markdownTable(
    ['dataset', 'CPU', 'cards visible', ...VISIBLE_STEPS.map(({ name, first }) => `${LABELS[name]}${first ? ' (first)' : ''}`)],
    bench.results.map(({ dataset, rate, figures, peer }) => [
      dataset,
      `${rate}x`,
      peer ? versus(figures.boardCardsVisibleMs, peer.boardCardsVisibleMs) : ms(figures.boardCardsVisibleMs),
      ...VISIBLE_STEPS.map(({ name, peer: isShared }) =>
        peer && isShared ? versus(figures.visible[name], peer.visible[name]) : ms(figures.visible[name]),
      ),
    ]),
  );
  const saved = markdownTable(
    ['dataset', 'CPU', ...SAVED_STEPS.map((name) => SAVED_LABELS[name])],
    bench.results.map(({ dataset, rate, figures }) => [dataset, `${rate}x`, ...SAVED_STEPS.map((name) => ms(figures.saved?.[name]))]),
  );
  const peerInteractions = markdownTable(
    ['dataset', 'CPU', ...PEER_INTERACTIONS.map((name) => `${LABELS[name]} worst`), 'long tasks (n / ms)'],
    bench.results
      .filter(({ peer }) => peer)
      .map(({ dataset, rate, figures, peer }) => [
        dataset,
        `${rate}x`,
        ...PEER_INTERACTIONS.map((name) => versus(figures.interactions[name].worst, peer.interactions[name].worst)),
        `${ms(peer.allInteractions.longTaskCount)} / ${ms(peer.allInteractions.longTaskMs)} (peer)`,
      ]),
  );
  const budgets = markdownTable(
    ['budget', 'limit', 'median', 'status'],
    checkBudgets(bench).map((budget) => [
      budget.name,
      `${budget.limit} ${budget.unit}`,
      budget.value === null ? '–' : `${budget.value} ${budget.unit}${budget.detail ? ` (${budget.detail})` : ''}`,
      budget.status,
    ]),
  );
  const sync = bench.teamSync
    ? `Team sync (${bench.teamSync.runs} runs): first sync of ${bench.teamSync.dataset} into an empty browser at 4x ${ms(bench.teamSync.firstSyncMs)} ms (runs: ${bench.teamSync.samples.firstSync.map(ms).join(', ')}); a change shown in another browser, from the click to the frame, median ${ms(bench.teamSync.changeShownMs)} ms (each move: ${bench.teamSync.samples.changeShown.map(ms).join(', ')}).`
    : 'Team sync: not measured.';
  const js = `JavaScript: ${bench.javaScript.firstLoadGzipKb.toFixed(1)} kB gzip before the board first shows (${bench.javaScript.firstLoadFiles.length} files), ${bench.javaScript.afterPaintGzipKb.toFixed(1)} kB after it, ${bench.javaScript.totalGzipKb.toFixed(1)} kB gzip in total (${bench.javaScript.totalFiles} files).`;
  return [
    `Times in ms, medians of ${bench.results[0]?.runs ?? 0} runs.`,
    '',
    loads,
    '',
    'Event Timing (the longest event of each interaction), p75 / worst:',
    '',
    interactions,
    '',
    'Input to visible (from the input to the end of the first frame that shows its result), app / peer (app ÷ peer); (first) is the first input on a freshly loaded board:',
    '',
    visible,
    '',
    'Saved (from the input to the commit of the transaction that writes the move), app only:',
    '',
    saved,
    '',
    'Event Timing, app / peer (app ÷ peer):',
    '',
    peerInteractions,
    '',
    js,
    '',
    sync,
    '',
    budgets,
  ].join('\n');
}
