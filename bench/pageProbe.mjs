/*
 * Runs inside every benchmarked page before the app: records Event Timing entries (by
 * interactionId), long tasks, and the frame at which the board's cards and the dashboard's figures
 * first appear. Serialised with Function.prototype.toString, so it must stay self-contained.
 */
export function installPageProbe() {
  const probe = { events: [], longTasks: [], marks: {}, windowStart: 0 };
  window.__benchProbe = probe;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.interactionId) probe.events.push({ id: entry.interactionId, name: entry.name, duration: entry.duration });
    }
  }).observe({ type: 'event', buffered: true, durationThreshold: 16 });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  const targets = { cards: 'article[data-code]', figures: '[data-testid="headline-total"] dd' };
  const check = () => {
    for (const [name, selector] of Object.entries(targets)) {
      if (probe.marks[name] !== undefined || probe.pending?.[name] || !document.querySelector(selector)) continue;
      probe.pending = { ...probe.pending, [name]: true };
      // The frame that paints them: rAF runs right before that frame is produced.
      requestAnimationFrame(() => {
        probe.marks[name] = performance.now();
      });
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
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
