import type { Browser } from 'playwright-core';

export declare const INTERACTIONS: readonly ['menuMove', 'keyboardMove', 'pointerDrag', 'openCard', 'search'];
export declare const PEER_INTERACTIONS: readonly ['keyboardMove', 'pointerDrag'];

export type VisibleStep =
  | 'menuOpen'
  | 'menuChoice'
  | 'keyboardPickUp'
  | 'keyboardMove'
  | 'keyboardDropShown'
  | 'keyboardDrop'
  | 'pointerPickUp'
  | 'pointerDropShown'
  | 'pointerDrop'
  | 'openCard';

export type SavedStep = 'menuChoice' | 'keyboardDrop' | 'pointerDrop';

/** The moves timed from their input to the commit of their write (the app's only). */
export declare const SAVED_STEPS: readonly SavedStep[];

export declare const VISIBLE_STEPS: readonly { name: VisibleStep; first: boolean; peer: boolean; shownOf?: VisibleStep }[];

export interface InteractionFigures {
  p75: number;
  worst: number;
  interactions: number;
  longTaskCount: number;
  longTaskMs: number;
}

export interface RunFigures {
  lines: number;
  boardCardsVisibleMs: number;
  dashboardFiguresVisibleMs: number;
  exportMs: number;
  importMs: number;
  importCheckMs: number;
  importReplaceMs: number;
  interactions: Record<(typeof INTERACTIONS)[number], InteractionFigures>;
  allInteractions: InteractionFigures;
  /** Each step's time from its input to the end of the first frame that shows its result, in ms. */
  visible: Record<VisibleStep, number>;
  /** Each move's time from its input to the commit of the transaction that writes it, in ms. */
  saved: Record<SavedStep, number>;
}

/** The peer board's figures (bench/peer): the steps and interactions it shares with the app. */
export interface PeerFigures {
  lines: number;
  boardCardsVisibleMs: number;
  interactions: Record<(typeof PEER_INTERACTIONS)[number], InteractionFigures>;
  allInteractions: InteractionFigures;
  visible: Record<Exclude<VisibleStep, 'menuOpen' | 'menuChoice' | 'openCard'>, number>;
}

export interface JavaScriptFigures {
  firstLoadGzipKb: number;
  afterPaintGzipKb: number;
  totalGzipKb: number;
  firstLoadFiles: { file: string; gzip: number }[];
  totalFiles: number;
}

export interface BenchmarkResult {
  javaScript: JavaScriptFigures;
  results: { dataset: string; rate: number; runs: number; figures: RunFigures; peer: PeerFigures | null }[];
}

export declare function measureJavaScript(browser: Browser, baseURL: string): Promise<JavaScriptFigures>;

export declare function runBenchmark(options: {
  browser: Browser;
  baseURL: string;
  peerURL?: string | null;
  datasets?: string[];
  rates?: number[];
  runs?: number;
  log?: (message: string) => void;
}): Promise<BenchmarkResult>;
