import { SNAPSHOT_FORMAT, SNAPSHOT_FORMAT_VERSION } from './version';
import { issue, kindOf, type SnapshotIssue } from './issues';
import { upgradeFormat1 } from './upgradeFormat1';
import { upgradeFormat2 } from './upgradeFormat2';
import { upgradeFormat3 } from './upgradeFormat3';

export type SnapshotUpgrade = (older: Record<string, unknown>) => Record<string, unknown>;

/**
 * Upgrades keyed by the format version they read: SNAPSHOT_UPGRADES[n] turns a version n file
 * into a version n + 1 file. A change to the format adds one entry here and raises
 * SNAPSHOT_FORMAT_VERSION.
 */
export const SNAPSHOT_UPGRADES: Readonly<Record<number, SnapshotUpgrade>> = {
  // Version 2: lines carry their status source, evidence and completion year; priority items
  // say whether their link is stated; objectives belong to the strategy, not to areas.
  1: upgradeFormat1,
  // Version 3: history entries have ULIDs, authors and devices; records say when and by whom
  // they last changed.
  2: upgradeFormat2,
  // Version 4: indicators and their periods; an older file gains the seeded ones.
  3: upgradeFormat3,
};

export interface RestoreOptions {
  currentVersion?: number;
  upgrades?: Readonly<Record<number, SnapshotUpgrade>>;
}

export type RestoreResult =
  | { ok: true; value: Record<string, unknown>; upgradedFrom: number | null }
  | { ok: false; issues: SnapshotIssue[] };

/**
 * The one step every imported or stored snapshot passes through before its schema check: it
 * checks the envelope, refuses newer versions and brings older ones up to the current shape.
 */
export function restoreSnapshotShape(parsed: unknown, options: RestoreOptions = {}): RestoreResult {
  const currentVersion = options.currentVersion ?? SNAPSHOT_FORMAT_VERSION;
  const upgrades = options.upgrades ?? SNAPSHOT_UPGRADES;
  const kind = kindOf(parsed);
  if (kind !== 'object') return { ok: false, issues: [issue('notObject', '', { found: kind })] };
  const envelope = parsed as Record<string, unknown>;
  if (envelope.format !== SNAPSHOT_FORMAT) {
    const found = typeof envelope.format === 'string' ? envelope.format.slice(0, 80) : kindOf(envelope.format);
    return { ok: false, issues: [issue('wrongFormat', 'format', { found, expected: SNAPSHOT_FORMAT })] };
  }
  const version = envelope.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, issues: [issue('badVersion', 'formatVersion', { found: String(version).slice(0, 40) })] };
  }
  if (version > currentVersion) {
    return { ok: false, issues: [issue('newerVersion', 'formatVersion', { found: version, supported: currentVersion })] };
  }
  let value = envelope;
  for (let from = version; from < currentVersion; from += 1) {
    const upgrade = upgrades[from];
    if (!upgrade) return { ok: false, issues: [issue('badVersion', 'formatVersion', { found: version })] };
    value = { ...upgrade(value), formatVersion: from + 1 };
  }
  return { ok: true, value, upgradedFrom: version < currentVersion ? version : null };
}
