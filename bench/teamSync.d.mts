import type { Browser } from 'playwright-core';

export interface TeamSyncFigures {
  dataset: string;
  runs: number;
  /** Median, ms: from the click on "Sign in and sync" in an empty browser to "Synced", at 4x. */
  firstSyncMs: number;
  /** Median, ms: from a Move menu choice in one browser to the frame that shows it in another. */
  changeShownMs: number;
  samples: { firstSync: number[]; changeShown: number[] };
}

export declare function runTeamSyncBenchmark(options: {
  browser: Browser;
  appFolder: string;
  dataset?: string;
  /** CPU throttling of the first sync; 4 unless told. */
  rate?: number;
  runs?: number;
  moves?: number;
  log?: (message: string) => void;
}): Promise<TeamSyncFigures>;
