import { findDuplicateKey } from './duplicateKeys';
import { jsonErrorOffset } from './jsonErrorOffset';
import { fromZodIssue, issue, type SnapshotIssue } from './issues';
import { checkReferences } from './references';
import { restoreSnapshotShape, type RestoreOptions } from './restore';
import { snapshotSchema, type Snapshot } from './schema';
import { trackerDataOf } from './serialize';
import { MAX_SNAPSHOT_BYTES } from './version';

export type SnapshotCheck =
  | { ok: true; snapshot: Snapshot; upgradedFrom: number | null }
  | { ok: false; issues: SnapshotIssue[] };

/** What the checks need of a file: a Blob or File satisfies it. */
export interface SnapshotSource {
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

function refuse(...issues: SnapshotIssue[]): SnapshotCheck {
  return { ok: false, issues };
}

function syntaxIssue(text: string): SnapshotIssue {
  let offset: number | null;
  try {
    offset = jsonErrorOffset(text);
  } catch {
    return issue('syntax');
  }
  if (offset === null) return issue('syntax');
  if (offset >= text.length) return issue('syntaxEnd');
  const lines = text.slice(0, offset).split('\n');
  return issue('syntaxAt', '', { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 });
}

/**
 * Checks a snapshot's text in the documented order, stopping at the first failing stage:
 * JSON syntax, envelope and format version (with the upgrade of older versions), the strict
 * schema, then the references between records.
 */
export function checkSnapshotText(text: string, options: RestoreOptions = {}): SnapshotCheck {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body === '') return refuse(issue('empty'));
  if (body.trim() === '') return refuse(issue('blank'));
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return refuse(syntaxIssue(body));
  }
  const duplicate = findDuplicateKey(body);
  if (duplicate) {
    const lines = body.slice(0, duplicate.offset).split('\n');
    return refuse(issue('duplicateKey', '', { key: duplicate.key, line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 }));
  }
  const restored = restoreSnapshotShape(parsed, options);
  if (!restored.ok) return refuse(...restored.issues);
  const result = snapshotSchema.safeParse(restored.value);
  if (!result.success) return refuse(...result.error.issues.map((zodIssue) => fromZodIssue(zodIssue, restored.value)));
  const referenceIssues = checkReferences(trackerDataOf(result.data));
  if (referenceIssues.length > 0) return refuse(...referenceIssues);
  return { ok: true, snapshot: result.data, upgradedFrom: restored.upgradedFrom };
}

/** The size check comes first and needs no reading; then the bytes must be UTF-8 text. */
export async function checkSnapshotFile(file: SnapshotSource, options: RestoreOptions = {}): Promise<SnapshotCheck> {
  if (file.size > MAX_SNAPSHOT_BYTES) {
    return refuse(issue('tooLarge', '', { size: file.size, limit: MAX_SNAPSHOT_BYTES }));
  }
  if (file.size === 0) return refuse(issue('empty'));
  let bytes: ArrayBuffer;
  try {
    bytes = await file.arrayBuffer();
  } catch {
    return refuse(issue('unreadable'));
  }
  const [first, second] = new Uint8Array(bytes, 0, Math.min(2, bytes.byteLength));
  if ((first === 0xff && second === 0xfe) || (first === 0xfe && second === 0xff)) return refuse(issue('utf16'));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return refuse(issue('notText'));
  }
  if (text.includes('\u0000')) return refuse(issue('notText'));
  return checkSnapshotText(text, options);
}
