import { describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../tests/helpers/testDatabase';
import { serializeSnapshot, type SnapshotMeta } from '../domain';
import { readTracker, saveStoredSnapshot, updateActionLine, type TrackerDatabase } from '../db';
import { createSnapshotTasks } from './snapshotTasks';

const META: SnapshotMeta = { exportedAt: '2026-01-15T09:30:00.000Z', reportingDate: '2026-01-15', label: 'tasks', appVersion: '0.1.0' };
const BACKUP = { id: 'backup-1', name: 'Automatic backup', createdAt: '2026-01-16T08:00:00.000Z', meta: META };

function source(text: string) {
  const bytes = new TextEncoder().encode(text);
  return { size: bytes.byteLength, arrayBuffer: () => Promise.resolve(bytes.slice().buffer) };
}

/** A file whose bytes arrive only when the test lets them. */
function slowSource(text: string) {
  const bytes = new TextEncoder().encode(text);
  let arrive = () => {};
  const arrived = new Promise<ArrayBuffer>((resolve) => {
    arrive = () => resolve(bytes.slice().buffer);
  });
  return { file: { size: bytes.byteLength, arrayBuffer: () => arrived }, arrive: () => arrive() };
}

async function withM2Completed(db: TrackerDatabase) {
  const tracker = await readTracker(db);
  return { ...tracker, actionLines: tracker.actionLines.map((line) => (line.code === 'M2' ? { ...line, status: 'Completed' as const } : line)) };
}

/** jsdom's Blob has neither text() nor arrayBuffer(). */
function textOf(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.readAsText(blob);
  });
}

describe('snapshot tasks (the code the snapshot worker runs)', () => {
  it('replaces the tracker only with the file last checked, and exports what it holds', async () => {
    const db = createTestDatabase();
    const tasks = createSnapshotTasks(db);
    const tracker = await readTracker(db);
    const changed = { ...tracker, actionLines: tracker.actionLines.map((line) => (line.code === 'M2' ? { ...line, status: 'Completed' as const } : line)) };

    const first = await tasks.checkFile(source(serializeSnapshot(changed, META)));
    if (!first.ok) throw new Error('The file should pass the checks.');
    expect(first.summary.statusChanges.map((change) => change.code)).toEqual(['M2']);
    const second = await tasks.checkFile(source(serializeSnapshot(tracker, META)));
    if (!second.ok) throw new Error('The file should pass the checks.');
    await expect(tasks.replace(first.token, BACKUP)).rejects.toThrow();
    expect(await db.snapshots.count()).toBe(0);

    const third = await tasks.checkFile(source(serializeSnapshot(changed, META)));
    if (!third.ok) throw new Error('The file should pass the checks.');
    await tasks.replace(third.token, BACKUP);
    expect((await db.actionLines.get('M2'))?.status).toBe('Completed');
    expect((await tasks.listStored()).map((entry) => [entry.name, entry.figures?.total])).toEqual([['Automatic backup', 24]]);
    await expect(tasks.replace(third.token, BACKUP)).rejects.toThrow();

    const exported = await tasks.exportFile({ label: 'Council-25', exportedAt: '2026-01-17T10:00:00.000Z', today: '2026-01-17' });
    expect(exported.fileName).toMatch(/^action-lines-\d{4}-\d{2}-\d{2}-council-25\.json$/);
    const again = await tasks.checkFile(source(await textOf(exported.file)));
    expect(again.ok && again.summary.statusChanges).toEqual([]);
  });

  it('lets only the file chosen last be confirmed, even when an earlier one finishes its check later', async () => {
    const db = createTestDatabase();
    const tasks = createSnapshotTasks(db);
    const tracker = await readTracker(db);
    const slow = slowSource(serializeSnapshot(await withM2Completed(db), META));

    const slowCheck = tasks.checkFile(slow.file);
    const quick = await tasks.checkFile(source(serializeSnapshot(tracker, META)));
    slow.arrive();
    const late = await slowCheck;
    if (!quick.ok || !late.ok) throw new Error('Both files should pass the checks.');
    expect(late.summary.statusChanges.map((change) => change.code)).toEqual(['M2']);

    await expect(tasks.replace(late.token, BACKUP)).rejects.toThrow();
    await tasks.replace(quick.token, BACKUP);
    expect((await db.actionLines.get('M2'))?.status).toBe('Ongoing');
    expect(await db.snapshots.count()).toBe(1);
  });

  it('compares stored snapshots and the current state, sending back the report only', async () => {
    const db = createTestDatabase();
    const tasks = createSnapshotTasks(db);
    const current = await readTracker(db);
    await saveStoredSnapshot(db, { id: 'council', name: 'Council-25', createdAt: META.exportedAt, isAutomaticBackup: false, content: serializeSnapshot(await withM2Completed(db), META) });
    await saveStoredSnapshot(db, { id: 'broken', name: 'Broken', createdAt: META.exportedAt, isAutomaticBackup: false, content: '{' });

    const fromStored = await tasks.compare('council', null);
    expect(fromStored?.statusChanges).toEqual([{ code: 'M2', title: current.actionLines.find((line) => line.code === 'M2')?.title, from: 'Completed', to: 'Ongoing' }]);
    expect(fromStored?.figures.before.completed).toBe((fromStored?.figures.after.completed ?? 0) + 1);
    expect((await tasks.compare(null, 'council'))?.statusChanges.map((change) => [change.from, change.to])).toEqual([['Ongoing', 'Completed']]);
    expect(await tasks.compare('broken', null)).toBeNull();
    expect(await tasks.compare(null, 'missing')).toBeNull();
  });

  it('exports forty-five 20,000-character notes with their whole history, a file over the old 5 MB limit, and imports it back', async () => {
    const db = createTestDatabase();
    const tasks = createSnapshotTasks(db);
    const codes = (await readTracker(db)).actionLines.map((line) => line.code);
    // Saved one after another as the panel saves them: each save records the whole text before and after.
    for (let save = 0; save < 45; save += 1) {
      const notes = `${'中'.repeat(19_998)}${String(save).padStart(2, '0')}`;
      await updateActionLine(db, codes[save % codes.length]!, { notes }, { now: `2026-01-10T10:${String(save).padStart(2, '0')}:00.000Z` });
    }
    const before = await readTracker(db);

    const exported = await tasks.exportFile({ label: 'Long notes', exportedAt: '2026-01-17T10:00:00.000Z', today: '2026-01-17' });
    expect(exported.omittedHistory).toBe(0);
    const text = await textOf(exported.file);
    // The file was 5,420,645 bytes, over the 5 MB (5,242,880 bytes) the import used to allow.
    expect(new TextEncoder().encode(text).byteLength).toBeGreaterThan(5 * 1024 * 1024);
    expect(JSON.parse(text).history).toHaveLength(before.history.length);

    const check = await tasks.checkFile(source(text));
    if (!check.ok) throw new Error(`The file should pass the checks: ${JSON.stringify(check.issues)}`);
    await tasks.replace(check.token, BACKUP);
    expect(serializeSnapshot(await readTracker(db), META)).toBe(serializeSnapshot(before, META));
  });
});
