import type { Browser } from 'playwright-core';

export declare const INTERACTIONS: readonly ['menuMove', 'keyboardMove', 'pointerDrag', 'openCard', 'search'];

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
  results: { dataset: string; rate: number; runs: number; figures: RunFigures }[];
}

export declare function measureJavaScript(browser: Browser, baseURL: string): Promise<JavaScriptFigures>;

export declare function runBenchmark(options: {
  browser: Browser;
  baseURL: string;
  datasets?: string[];
  rates?: number[];
  runs?: number;
  log?: (message: string) => void;
}): Promise<BenchmarkResult>;
