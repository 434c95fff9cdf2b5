#!/usr/bin/env node
/*
 * `npm run bench`: builds the production app and the peer board (bench/peer), serves both, runs
 * the benchmark in the system's Chromium, prints the tables and writes bench/results/latest.json.
 *
 * Environment: BENCH_RUNS (runs per figure, default 3), BENCH_DATASETS (comma list of seed,
 * 500x5, 2000x10), BENCH_RATES (comma list of CPU throttling rates, default 1,4), BENCH_SYNC
 * (the dataset of team sync's first sync, default 2000x10; "none" leaves team sync out),
 * CHROMIUM_PATH (otherwise the browser tests/chromium.mjs finds), BENCH_OUT (results file).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { chromiumLaunchOptions } from '../tests/chromium.mjs';
import { runBenchmark } from './harness.mjs';
import { runTeamSyncBenchmark } from './teamSync.mjs';
import { startPeer } from './peer/server.mjs';
import { checkBudgets, formatReport } from './report.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const list = (value, fallback) => (value ? value.split(',').map((item) => item.trim()).filter(Boolean) : fallback);
const runs = Number(process.env.BENCH_RUNS ?? 3);
const datasets = list(process.env.BENCH_DATASETS, ['seed', '500x5', '2000x10']);
const rates = list(process.env.BENCH_RATES, ['1', '4']).map(Number);
const outFile = process.env.BENCH_OUT ?? join(root, 'bench/results/latest.json');
const log = (message) => console.error(`[bench] ${message}`);

/** Strings only the peer board has: its data's global and its page's title. */
const PEER_MARKS = ['__peerBoard', 'Benchmark peer'];

/** The peer is the benchmark's alone: no file of the app's build may carry any of it. */
function assertWithoutPeer(folder) {
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    const text = readFileSync(file, 'utf8');
    if (PEER_MARKS.some((mark) => text.includes(mark))) throw new Error(`The app's build carries the benchmark's peer board: ${file}`);
  }
}

const outDir = mkdtempSync(join(tmpdir(), 'action-line-tracker-bench-'));
let server;
let peer;
let browser;
try {
  log('building the production app');
  await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  assertWithoutPeer(outDir);
  log('building the peer board');
  peer = await startPeer();
  server = await preview({ root, logLevel: 'warn', build: { outDir }, preview: { host: '127.0.0.1', port: 0, strictPort: false } });
  const baseURL = server.resolvedUrls?.local[0];
  if (!baseURL) throw new Error('The preview server did not report its address.');
  browser = await chromium.launch(await chromiumLaunchOptions());
  const bench = await runBenchmark({ browser, baseURL, peerURL: peer.url, datasets, rates, runs, log });
  const syncDataset = process.env.BENCH_SYNC ?? '2000x10';
  if (syncDataset !== 'none') bench.teamSync = await runTeamSyncBenchmark({ browser, appFolder: outDir, dataset: syncDataset, runs, log });
  const output = {
    generatedAt: new Date().toISOString(),
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', node: process.version, chromium: browser.version() },
    settings: { runs, datasets, rates },
    ...bench,
    budgets: checkBudgets(bench),
  };
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, `${JSON.stringify(output, null, 2)}\n`);
  console.log(formatReport(bench));
  log(`results written to ${outFile}`);
} finally {
  await browser?.close();
  await server?.close();
  await peer?.close();
  rmSync(outDir, { recursive: true, force: true });
}
