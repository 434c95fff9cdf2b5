/*
 * Runs inside every benchmarked page (the app's and the peer's) before the page's own scripts:
 * records Event Timing entries (by interactionId), long tasks, the frame at which the board's cards
 * and the dashboard's figures first show, and the inputs the visible-change probes start from.
 * Serialised with Function.prototype.toString, so it must stay self-contained.
 */
export function installPageProbe() {
  const probe = { events: [], longTasks: [], marks: {}, windowStart: 0, watch: null };
  window.__benchProbe = probe;

  // The time at which the frame that shows what the DOM holds now has been drawn: a frame's
  // animation callbacks run just before its style, layout and paint, and a user-blocking task
  // posted from one runs once those are done (no task can run in between). Taking the animation
  // callback's own time would leave out the drawing, which is most of the work on a large board.
  probe.afterFrame = (record) =>
    requestAnimationFrame(() => scheduler.postTask(() => record(performance.now()), { priority: 'user-blocking' }));

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.interactionId) probe.events.push({ id: entry.interactionId, name: entry.name, duration: entry.duration });
    }
  }).observe({ type: 'event', buffered: true, durationThreshold: 16 });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });

  // A capturing listener on the window hears an input before any of the page's own listeners;
  // the event's timeStamp is when the browser received it, so time it waited for a busy page counts.
  for (const type of ['pointerdown', 'pointerup', 'keydown', 'click']) {
    window.addEventListener(
      type,
      (event) => {
        const watch = probe.watch;
        if (watch && watch.start === type && watch.inputAt === undefined) watch.inputAt = event.timeStamp;
      },
      { capture: true },
    );
  }

  // A change is saved when the IndexedDB transaction that writes it commits: every read-write
  // transaction reports its completion to the armed probe, which keeps the first one that wrote
  // its store after its input.
  const openTransaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function transaction(...args) {
    const opened = openTransaction.apply(this, args);
    if (opened.mode === 'readwrite') {
      const stores = [...opened.objectStoreNames];
      opened.addEventListener('complete', () => {
        const watch = probe.watch;
        if (!watch?.savedIn || watch.inputAt === undefined || watch.savedAt !== undefined || !stores.includes(watch.savedIn)) return;
        watch.savedAt = performance.now();
        watch.isDone = probe.isFinished(watch);
      });
    }
    return opened;
  };
  probe.isFinished = (watch) =>
    Object.keys(watch.shownAt).length === watch.endCount && (!watch.savedIn || watch.savedAt !== undefined);

  const targets = { cards: 'article[data-code]', figures: '[data-testid="headline-total"] dd' };
  const check = () => {
    for (const [name, selector] of Object.entries(targets)) {
      if (probe.marks[name] !== undefined || probe.pending?.[name] || !document.querySelector(selector)) continue;
      probe.pending = { ...probe.pending, [name]: true };
      probe.afterFrame((time) => {
        probe.marks[name] = time;
      });
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
}

/**
 * Arms a visible-change probe: from the next `start` input (an event type) to the end of the first
 * frame in which each of `ends` holds. An end is a list of selectors that must match (`present`)
 * and a list that must not (`absent`); the DOM is checked after every change to it. With
 * `savedIn` (an IndexedDB store), also until a read-write transaction that writes it commits.
 */
export function watchVisible({ start, ends, savedIn = null }) {
  const probe = window.__benchProbe;
  const watch = { start, inputAt: undefined, shownAt: {}, endCount: Object.keys(ends).length, savedIn, savedAt: undefined, isDone: false };
  const pending = new Set(Object.keys(ends));
  const holds = ({ present = [], absent = [] }) =>
    present.every((selector) => document.querySelector(selector)) && absent.every((selector) => !document.querySelector(selector));
  const observer = new MutationObserver(() => {
    if (watch.inputAt === undefined) return;
    for (const name of pending) {
      if (!holds(ends[name])) continue;
      pending.delete(name);
      probe.afterFrame((time) => {
        watch.shownAt[name] = time;
        watch.isDone = probe.isFinished(watch);
      });
    }
    if (pending.size === 0) observer.disconnect();
  });
  // Classes mark a lifted or dropped card, `open` a shown dialog, aria-busy a panel still rendering.
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['class', 'open', 'aria-busy'] });
  probe.watch = watch;
}

/** Each end's time from the input, in ms, and `saved`, the commit's, when the probe waited for one. */
export function readVisible() {
  const { inputAt, shownAt, savedAt } = window.__benchProbe.watch;
  const shown = Object.fromEntries(Object.entries(shownAt).map(([name, time]) => [name, time - inputAt]));
  return savedAt === undefined ? shown : { ...shown, saved: savedAt - inputAt };
}

/** Starts a measurement window: forgets earlier interactions. */
export function startWindow() {
  const probe = window.__benchProbe;
  probe.events = [];
  probe.windowStart = performance.now();
}

/** Each interaction's latency (its longest event) and the long tasks since the window started. */
export function readWindow() {
  const probe = window.__benchProbe;
  const end = performance.now();
  const byInteraction = new Map();
  for (const event of probe.events) byInteraction.set(event.id, Math.max(byInteraction.get(event.id) ?? 0, event.duration));
  const longTasks = probe.longTasks.filter((task) => task.start >= probe.windowStart && task.start <= end).map((task) => task.duration);
  return { latencies: [...byInteraction.values()], longTasks };
}

/** Resolves after two frames and a task, so Event Timing entries of the last input are delivered. */
export function afterNextFrames() {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50))));
}

/** Resolves when the page is first idle: a freshly loaded board has finished its start-up work. */
export function whenIdle() {
  return new Promise((resolve) => requestIdleCallback(() => resolve()));
}
