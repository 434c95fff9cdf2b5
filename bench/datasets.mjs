/*
 * Deterministic benchmark datasets, written as snapshot files the app imports (format version 1,
 * see src/domain/snapshot/schema.ts). The same seed gives the same file on every machine.
 */

import { createRandom } from './random.mjs';

const STATUSES = ['To be started', 'Ongoing', 'Completed'];
const HEALTHS = [null, 'on-track', 'at-risk', 'off-track'];
const UNITS = ['', 'SG', 'BDT', 'TSB', 'BR', 'SPM', 'HRMD', 'FRMD'];
const WORDS = ['strengthen', 'partner', 'resource', 'member', 'event', 'product', 'service', 'donor', 'fund', 'digital', 'network', 'outreach', 'report', 'review', 'plan'];
const AREAS = [
  { code: 'M', name: 'Strengthen membership' },
  { code: 'E', name: 'Leverage events, products, and services' },
  { code: 'V', name: 'Increase voluntary contributions' },
];
const REPORTING_DATE = '2026-01-15';
const STAMP = '2026-01-15T09:00:00.000Z';

function pick(random, list) {
  return list[Math.floor(random() * list.length)];
}

function sentence(random, words) {
  const text = Array.from({ length: words }, () => pick(random, WORDS)).join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function quarter(random) {
  return `Q${1 + Math.floor(random() * 4)} ${2025 + Math.floor(random() * 3)}`;
}

/** A tracker of `lineCount` lines with `milestonesPerLine` milestones each, as a snapshot object. */
export function generateSnapshot({ lineCount, milestonesPerLine, seed = 1 }) {
  const random = createRandom(seed);
  const orders = new Map(STATUSES.map((status) => [status, 0]));
  const actionLines = [];
  const milestones = [];
  for (let index = 0; index < lineCount; index += 1) {
    const area = AREAS[index % AREAS.length];
    const code = `${area.code}${Math.floor(index / AREAS.length) + 1}`;
    const status = pick(random, STATUSES);
    const order = orders.get(status);
    orders.set(status, order + 1);
    actionLines.push({
      code,
      areaCode: area.code,
      title: sentence(random, 4),
      text: sentence(random, 18),
      status,
      order,
      leadUnit: pick(random, UNITS),
      target: random() < 0.8 ? quarter(random) : null,
      health: pick(random, HEALTHS),
      healthReason: '',
      notes: '',
      updatedAt: STAMP,
    });
    for (let m = 0; m < milestonesPerLine; m += 1) {
      const milestoneStatus = pick(random, STATUSES);
      milestones.push({
        id: `${code}-m${m + 1}`,
        lineCode: code,
        title: sentence(random, 5),
        target: random() < 0.7 ? quarter(random) : null,
        status: milestoneStatus,
        completedOn: milestoneStatus === 'Completed' ? '2025-11-30' : null,
        order: m,
      });
    }
  }
  const priorityItems = actionLines.slice(0, Math.min(7, lineCount)).map((line, order) => ({
    id: `p${order + 1}`,
    lineCode: line.code,
    text: sentence(random, 8),
    milestone: pick(random, STATUSES),
    target: quarter(random),
    order,
  }));
  return {
    format: 'action-line-tracker-snapshot',
    formatVersion: 1,
    exportedAt: STAMP,
    reportingDate: REPORTING_DATE,
    label: `Benchmark ${lineCount} x ${milestonesPerLine}`,
    appVersion: '0.1.0',
    areas: AREAS.map((area, order) => ({ ...area, order, objectives: [] })),
    actionLines,
    milestones,
    priorityItems,
    settings: { reportingDate: REPORTING_DATE, seededAt: null, strategy: null },
    history: [],
  };
}

/** The three datasets of the benchmark; the seed is the app's own first-run data. */
export const DATASETS = [
  { name: 'seed', lines: 24, milestonesPerLine: null },
  { name: '500x5', lines: 500, milestonesPerLine: 5 },
  { name: '2000x10', lines: 2000, milestonesPerLine: 10 },
];

export function snapshotFileFor(dataset) {
  if (dataset.milestonesPerLine === null) return null;
  const snapshot = generateSnapshot({ lineCount: dataset.lines, milestonesPerLine: dataset.milestonesPerLine, seed: dataset.lines });
  // Compact JSON, the smallest form of the file.
  return { name: `bench-${dataset.name}.json`, mimeType: 'application/json', buffer: Buffer.from(`${JSON.stringify(snapshot)}\n`) };
}
