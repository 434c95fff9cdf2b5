import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../tests/helpers/testDatabase';
import { generatedBadFiles } from '../../../tests/snapshots/generatedBadFiles';
import { checkSnapshotFile, serializeSnapshot, trackerDataOf, type SnapshotMeta } from '../../domain';
import { readTracker, replaceTrackerWithBackup } from '../../db';
import { i18n } from '../../i18n';
import { useIssueMessage } from './useIssueMessage';

const corpusFiles = import.meta.glob<string>('../../../tests/snapshots/bad/*.json', { query: '?raw', import: 'default', eager: true });
const validSmall = import.meta.glob<string>('../../../tests/snapshots/valid-small.json', { query: '?raw', import: 'default', eager: true });

const META: SnapshotMeta = { exportedAt: '2026-01-15T09:30:00.000Z', reportingDate: '2026-01-15', label: 'corpus', appVersion: '0.1.0' };

const BAD_FILES: [string, Uint8Array][] = [
  ...Object.entries(corpusFiles).map(([path, text]): [string, Uint8Array] => [path.split('/').at(-1) ?? path, new TextEncoder().encode(text)]),
  ...Object.entries(generatedBadFiles()),
];

/** A file as the checks read it (jsdom's Blob has no arrayBuffer). */
function source(bytes: Uint8Array) {
  return { size: bytes.byteLength, arrayBuffer: () => Promise.resolve(bytes.slice().buffer) };
}

function issueMessage() {
  const wrapper = ({ children }: { children: ReactNode }) => <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;
  return renderHook(() => useIssueMessage(), { wrapper }).result.current;
}

describe('the bad-file corpus', () => {
  it('has at least 30 files', () => {
    expect(BAD_FILES.length).toBeGreaterThanOrEqual(30);
  });

  it('refuses every file, each with its own message, and writes nothing', async () => {
    const db = createTestDatabase();
    const message = issueMessage();
    const before = serializeSnapshot(await readTracker(db), META);
    const firstMessages = new Map<string, string>();
    for (const [name, bytes] of BAD_FILES) {
      const check = await checkSnapshotFile(source(bytes));
      if (check.ok) {
        // An accepted bad file would be imported, exactly as the view does; the assertions below catch it.
        await replaceTrackerWithBackup(db, trackerDataOf(check.snapshot), { id: name, name, createdAt: META.exportedAt, meta: META });
      }
      expect(check.ok, name).toBe(false);
      const text = check.ok ? '' : message(check.issues[0]!);
      expect(text, name).not.toMatch(/snapshots\.|\{\{/);
      firstMessages.set(name, text);
    }
    expect(serializeSnapshot(await readTracker(db), META)).toBe(before);
    expect(await db.snapshots.count()).toBe(0);
    const byMessage = new Map<string, string[]>();
    for (const [name, text] of firstMessages) byMessage.set(text, [...(byMessage.get(text) ?? []), name]);
    expect([...byMessage.values()].filter((names) => names.length > 1)).toEqual([]);
  });

  it('gives the messages the secretariat reads', async () => {
    const message = issueMessage();
    const first = async (name: string) => {
      const entry = BAD_FILES.find(([fileName]) => fileName === name);
      const check = await checkSnapshotFile(source(entry![1]));
      return check.ok ? '' : message(check.issues[0]!);
    };
    expect(await first('bad-status.json')).toBe('actionLines[3].status: must be one of To be started, Ongoing, Completed');
    expect(await first('newer-version.json')).toMatch(/format version 5, newer than this app understands \(version 4\)/);
    expect(await first('proto-key-line.json')).toBe('actionLines[1]: unknown key "__proto__" is not allowed');
    expect(await first('dangling-milestone.json')).toBe('milestones[0].lineCode: no action line has the code “Q9”');
    expect(await first('file 1 MB over the limit')).toMatch(/^The file is 145 MB, larger than the 144 MB a snapshot may be/);
    expect(await first('100,000-character string')).toBe('actionLines[0].notes: must be at most 20000 characters');
  });

  it('accepts the valid file the corpus is made from', async () => {
    const [text] = Object.values(validSmall);
    const check = await checkSnapshotFile(source(new TextEncoder().encode(text)));
    expect(check.ok).toBe(true);
  });
});
