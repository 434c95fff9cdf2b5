import { parseTeamDocument } from '../../domain/sync';
import type { PulledDocument } from '../../db/teamSyncRepository';

/** CouchDB's answer to `_changes` with `include_docs=true`. */
export interface ChangesAnswer {
  results: ChangesRow[];
  last_seq: string | number;
}

export interface ChangesRow {
  id: string;
  deleted?: boolean;
  changes: { rev: string }[];
  doc?: unknown;
}

export interface ParsedRows {
  documents: PulledDocument[];
  /** Documents that failed the schemas: never written, shown as notices. */
  setAside: { id: string | null; reason: string }[];
}

/** One pulled row as the repositories take it, or why it was set aside; null for a design document. */
export function parseRow(row: ChangesRow): PulledDocument | { setAside: { id: string | null; reason: string } } | null {
  if (row.id.startsWith('_design/')) return null;
  if (row.deleted) return { id: row.id, rev: row.changes[0]?.rev ?? '', deleted: true };
  const parsed = parseTeamDocument(row.doc);
  if (!parsed.ok) return { setAside: { id: parsed.id ?? row.id, reason: parsed.reason } };
  if (parsed.deleted) return { id: parsed.id, rev: parsed.rev, deleted: true };
  return { id: parsed.id, rev: parsed.rev, deleted: false, author: parsed.author, value: parsed.value, overruled: parsed.overruled };
}

/** Every row of a pull, each through the strict schemas. */
export function parseRows(rows: readonly ChangesRow[]): ParsedRows {
  const parsed: ParsedRows = { documents: [], setAside: [] };
  for (const row of rows) {
    const each = parseRow(row);
    if (each === null) continue;
    if ('setAside' in each) parsed.setAside.push(each.setAside);
    else parsed.documents.push(each);
  }
  return parsed;
}
