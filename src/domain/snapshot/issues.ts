import type { z } from 'zod';

/** What is wrong with a snapshot file; each code has its own message in the snapshots messages. */
export type SnapshotIssueCode =
  | 'tooLarge'
  | 'empty'
  | 'blank'
  | 'utf16'
  | 'unreadable'
  | 'notText'
  | 'syntax'
  | 'syntaxAt'
  | 'syntaxEnd'
  | 'notObject'
  | 'wrongFormat'
  | 'badVersion'
  | 'newerVersion'
  | 'missing'
  | 'wrongType'
  | 'notOneOf'
  | 'tooLong'
  | 'emptyText'
  | 'tooMany'
  | 'tooSmall'
  | 'tooBig'
  | 'unknownKey'
  | 'badDate'
  | 'badTimestamp'
  | 'invalid'
  | 'duplicate'
  | 'unknownArea'
  | 'unknownLine'
  | 'badQuarter'
  | 'duplicateKey'
  | 'hiddenCharacter'
  | 'hiddenCharacterInName'
  | 'completedOnNotCompleted'
  | 'lineBreak'
  | 'unknownIndicator'
  | 'blankName'
  | 'unknownCurrency'
  | 'endBeforeStart'
  | 'periodClash'
  | 'percentOver100'
  | 'negativeValue'
  | 'emptyBreakdown';

export type ValueKind = 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'null' | 'nothing';

export interface SnapshotIssue {
  code: SnapshotIssueCode;
  /** Where in the file, such as `actionLines[3].status`; empty for the file as a whole. */
  path: string;
  params: Record<string, string | number>;
}

export function issue(code: SnapshotIssueCode, path = '', params: SnapshotIssue['params'] = {}): SnapshotIssue {
  return { code, path, params };
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) => {
      if (typeof part === 'number') return `[${part}]`;
      return index === 0 ? String(part) : `.${String(part)}`;
    })
    .join('');
}

export function kindOf(value: unknown): ValueKind {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  if (typeof value === 'string') return 'string';
  if (typeof value === 'boolean') return 'boolean';
  return typeof value === 'object' ? 'object' : 'nothing';
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const part of path) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, part)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

function expectedKind(expected: string): ValueKind {
  if (expected === 'int') return 'integer';
  const kinds: readonly string[] = ['string', 'number', 'boolean', 'object', 'array', 'null'];
  return kinds.includes(expected) ? (expected as ValueKind) : 'object';
}

/** Turns a zod issue into a snapshot issue with a path into the file and plain parameters. */
export function fromZodIssue(zodIssue: z.core.$ZodIssue, root: unknown): SnapshotIssue {
  const path = formatPath(zodIssue.path);
  switch (zodIssue.code) {
    case 'invalid_type': {
      const found = valueAt(root, zodIssue.path);
      if (found === undefined) return issue('missing', path);
      return issue('wrongType', path, { expected: expectedKind(zodIssue.expected), found: kindOf(found) });
    }
    case 'invalid_value':
      return issue('notOneOf', path, { values: zodIssue.values.map(String).join(', ') });
    case 'too_big':
      if (zodIssue.origin === 'string') return issue('tooLong', path, { maximum: Number(zodIssue.maximum) });
      if (zodIssue.origin === 'array') return issue('tooMany', path, { maximum: Number(zodIssue.maximum) });
      return issue('tooBig', path, { maximum: Number(zodIssue.maximum) });
    case 'too_small':
      if (zodIssue.origin === 'string') return issue('emptyText', path);
      return issue('tooSmall', path, { minimum: Number(zodIssue.minimum) });
    case 'unrecognized_keys':
      return issue('unknownKey', path, { keys: zodIssue.keys.map((key) => `"${key}"`).join(', ') });
    case 'invalid_format': {
      const value = String(valueAt(root, zodIssue.path)).slice(0, 40);
      if (zodIssue.format === 'date') return issue('badDate', path, { value });
      if (zodIssue.format === 'datetime') return issue('badTimestamp', path, { value });
      // The one pattern a reader can act on: an indicator's currency (schema.ts); ULIDs are the app's own.
      return zodIssue.path.at(-1) === 'currency' ? issue('unknownCurrency', path, { value }) : issue('invalid', path);
    }
    default:
      return issue('invalid', path);
  }
}
