interface TaskScheduler {
  postTask: (task: () => void, options: { priority: 'background' }) => Promise<void>;
}

/**
 * Resolves once the work already queued for the page has run: React renders a change in slices,
 * each a task of normal priority, and a task of background priority (the Prioritized Task
 * Scheduling API) runs only when none is waiting. Where the API is missing, after the tasks queued.
 */
export function afterPendingRenders(): Promise<void> {
  const { scheduler } = globalThis as { scheduler?: TaskScheduler };
  if (scheduler) return scheduler.postTask(() => undefined, { priority: 'background' });
  return new Promise((resolve) => setTimeout(resolve, 0));
}
