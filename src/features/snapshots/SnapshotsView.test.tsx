import { beforeAll, describe, expect, it, vi } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../../tests/helpers/renderApp';
import { MAX_SHORT_LENGTH, serializeSnapshot, type SnapshotMeta } from '../../domain';
import { moveActionLine, readTracker, recordExport, type TrackerDatabase } from '../../db';
import { createTestDatabase } from '../../../tests/helpers/testDatabase';
import { snapshotTasksFor } from '../../data/snapshotTasksClient';
import { isolate } from '../../i18n';

const META: SnapshotMeta = { exportedAt: '2026-01-15T09:30:00.000Z', reportingDate: '2026-01-15', label: 'test', appVersion: '0.1.0' };

beforeAll(() => {
  // jsdom's Blob cannot hand out its bytes; browsers can, and the import reads them this way.
  Object.defineProperty(Blob.prototype, 'arrayBuffer', { configurable: true, writable: true, value: function arrayBuffer(this: Blob) {
    return new Promise<ArrayBuffer>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.readAsArrayBuffer(this);
    });
  } });
});

async function fileWithM2Completed(db: TrackerDatabase): Promise<File> {
  const tracker = await readTracker(db);
  tracker.actionLines = tracker.actionLines.map((line) => (line.code === 'M2' ? { ...line, status: 'Completed' } : line));
  return new File([serializeSnapshot(tracker, META)], 'cwg-fhr.json', { type: 'application/json' });
}

describe('SnapshotsView', () => {
  it('previews an import, replaces the data on confirmation and keeps a backup of what was there', async () => {
    const user = userEvent.setup();
    const { db } = renderApp('/snapshots');
    await screen.findByRole('heading', { level: 1, name: 'Snapshots' });
    await user.upload(screen.getByLabelText('Import snapshot'), await fileWithM2Completed(db));

    const preview = await screen.findByRole('region', { name: 'Check before replacing the current state' });
    expect(within(preview).getAllByText(/Review Sector membership benefits and fees/)).not.toHaveLength(0);
    expect(within(preview).getAllByRole('listitem').find((item) => item.dataset.code === 'M2')).toHaveTextContent(
      'M2 Review Sector membership benefits and fees: Ongoing → Completed',
    );
    expect((await db.actionLines.get('M2'))?.status).toBe('Ongoing');

    await user.click(within(preview).getByRole('button', { name: 'Replace the current state' }));
    await waitFor(async () => expect((await db.actionLines.get('M2'))?.status).toBe('Completed'));
    expect(await screen.findByText(/cwg-fhr\.json\u2069 is now the current state/)).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Saved snapshots, newest first' });
    expect(within(table).getByText('Automatic backup')).toBeInTheDocument();

    // The comparison reads the refreshed caches: backup (before) against the current state.
    const report = await screen.findByRole('article', { name: /^Changes from \u2068Automatic backup before import/ });
    await waitFor(() =>
      expect(within(report).getAllByRole('listitem').find((item) => item.dataset.code === 'M2')).toHaveTextContent(
        'M2 Review Sector membership benefits and fees: Ongoing → Completed',
      ),
    );
    expect(within(report).getAllByRole('listitem').filter((item) => item.dataset.code)).toHaveLength(1);
  });

  it('previews the file chosen last, even when the check of a file chosen before it ends later', async () => {
    const user = userEvent.setup();
    const { db } = renderApp('/snapshots');
    await screen.findByRole('heading', { level: 1, name: 'Snapshots' });
    const tracker = await readTracker(db);
    const started = tracker.actionLines.find((line) => line.status === 'To be started');
    if (!started) throw new Error('The seed has lines still to be started.');
    tracker.actionLines = tracker.actionLines.map((line) => (line.code === started.code ? { ...line, status: 'Ongoing' } : line));
    const slow = new File([serializeSnapshot(tracker, META)], 'slow.json', { type: 'application/json' });
    const slowBytes = await slow.arrayBuffer();
    let arrive = () => {};
    slow.arrayBuffer = () => new Promise((resolve) => (arrive = () => resolve(slowBytes)));
    const checks = vi.spyOn(snapshotTasksFor(db), 'checkFile');

    await user.upload(screen.getByLabelText('Import snapshot'), slow);
    expect((await screen.findByText('slow.json')).parentElement).toHaveTextContent('Checking slow.json…');
    await user.upload(screen.getByLabelText('Import snapshot'), await fileWithM2Completed(db));
    const preview = await screen.findByRole('region', { name: 'Check before replacing the current state' });
    expect(within(preview).getByText(/cwg-fhr\.json/)).toBeInTheDocument();
    expect(within(preview).getAllByRole('listitem').find((item) => item.dataset.code === 'M2')).toHaveTextContent(
      'M2 Review Sector membership benefits and fees: Ongoing → Completed',
    );

    arrive();
    await act(() => checks.mock.results[0]?.value);
    expect(within(preview).getByText(/cwg-fhr\.json/)).toBeInTheDocument();
    expect(within(preview).queryByText('To be started → Ongoing')).not.toBeInTheDocument();
    expect(screen.queryByText(/slow\.json/)).not.toBeInTheDocument();

    await user.click(within(preview).getByRole('button', { name: 'Replace the current state' }));
    await waitFor(async () => expect((await db.actionLines.get('M2'))?.status).toBe('Completed'));
    expect((await db.actionLines.get(started.code))?.status).toBe('To be started');
  });

  it('clears the undo stack when an import replaces the data, so Ctrl+Z afterwards writes nothing over it', async () => {
    const user = userEvent.setup();
    const { db } = renderApp('/board?line=M4');
    const panel = await screen.findByRole('dialog', { name: 'M4 details' });
    await within(panel).findByRole('region', { name: 'History' });
    const title = within(panel).getByLabelText('Title');
    await user.clear(title);
    await user.type(title, 'Edited here{Enter}');
    await waitFor(async () => expect((await db.actionLines.get('M4'))?.title).toBe('Edited here'));

    // The file keeps the edited title, so nothing but the undo stack itself stops Ctrl+Z from
    // writing the title from before the edit over the imported data.
    await user.click(screen.getByRole('link', { name: 'Snapshots' }));
    await user.upload(await screen.findByLabelText('Import snapshot'), await fileWithM2Completed(db));
    const preview = await screen.findByRole('region', { name: 'Check before replacing the current state' });
    await user.click(within(preview).getByRole('button', { name: 'Replace the current state' }));
    expect(await screen.findByText(/is now the current state/)).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Board' }));
    await screen.findAllByRole('article');
    await user.keyboard('{Control>}z{/Control}');
    expect(await screen.findByText('Nothing to undo.')).toBeInTheDocument();
    expect(await db.actionLines.get('M4')).toMatchObject({ title: 'Edited here' });
    expect((await db.actionLines.get('M2'))?.status).toBe('Completed');
  });

  it('lists the first 100 changes of a large import and the rest on request', async () => {
    const user = userEvent.setup();
    const { db } = renderApp('/snapshots');
    await screen.findByRole('heading', { level: 1, name: 'Snapshots' });
    const tracker = await readTracker(db);
    const [model] = tracker.actionLines;
    if (!model) throw new Error('The seed has action lines.');
    tracker.actionLines = [...tracker.actionLines, ...Array.from({ length: 150 }, (_, index) => ({ ...model, code: `X${index + 1}` }))];
    await user.upload(screen.getByLabelText('Import snapshot'), new File([serializeSnapshot(tracker, META)], 'large.json'));

    const preview = await screen.findByRole('region', { name: 'Check before replacing the current state' });
    const added = () => within(preview).getAllByText(/^X\d+$/);
    expect(added()).toHaveLength(100);
    await user.click(within(preview).getByRole('button', { name: 'Show all 150' }));
    expect(added()).toHaveLength(150);
    expect(within(preview).queryByRole('button', { name: /^Show all/ })).not.toBeInTheDocument();
  });

  it('refuses a bad file with a message that says what and where, and changes nothing', async () => {
    const user = userEvent.setup();
    const { db } = renderApp('/snapshots');
    await screen.findByRole('heading', { level: 1, name: 'Snapshots' });
    const before = serializeSnapshot(await readTracker(db), META);
    const tracker = JSON.parse(before);
    tracker.actionLines[3].status = 'Done';
    await user.upload(screen.getByLabelText('Import snapshot'), new File([JSON.stringify(tracker)], 'bad.json'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('bad.json cannot be imported. Nothing was changed.');
    expect(alert).toHaveTextContent('actionLines[3].status: must be one of To be started, Ongoing, Completed');
    expect(screen.queryByRole('region', { name: 'Check before replacing the current state' })).not.toBeInTheDocument();
    expect(serializeSnapshot(await readTracker(db), META)).toBe(before);
  });

  it('saves, renames and deletes a named snapshot, asking before it deletes', async () => {
    const user = userEvent.setup();
    const { db } = renderApp('/snapshots');
    await user.click(await screen.findByRole('button', { name: 'Save current state' }));
    expect(await screen.findByText('Give the snapshot a name.')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Snapshot name'), 'Council-25');
    await user.click(screen.getByRole('button', { name: 'Save current state' }));
    const table = await screen.findByRole('table', { name: 'Saved snapshots, newest first' });
    expect(within(table).getByRole('rowheader', { name: 'Council-25' })).toBeInTheDocument();
    expect(within(table).getByText('24 lines, 18 started = 75%, 2 completed')).toBeInTheDocument();

    await user.click(within(table).getByRole('button', { name: `Rename ${isolate('Council-25')}` }));
    const input = within(table).getByRole('textbox', { name: `New name for ${isolate('Council-25')}` });
    await user.clear(input);
    await user.type(input, 'CWG-FHR January 2026{Enter}');
    expect(await within(table).findByRole('rowheader', { name: 'CWG-FHR January 2026' })).toBeInTheDocument();
    await waitFor(async () => expect((await db.snapshots.toArray()).map((s) => s.name)).toEqual(['CWG-FHR January 2026']));

    await user.click(within(table).getByRole('button', { name: `Delete ${isolate('CWG-FHR January 2026')}` }));
    expect(await db.snapshots.count()).toBe(1);
    await user.click(within(table).getByRole('button', { name: 'Yes, delete' }));
    expect(await screen.findByText('No snapshots saved yet.')).toBeInTheDocument();
    expect(await db.snapshots.count()).toBe(0);
  });

  it('stops a snapshot name at the length of a file label, so the saved snapshot stays readable', async () => {
    const user = userEvent.setup();
    const { db } = renderApp('/snapshots');
    const name = await screen.findByLabelText('Snapshot name');
    await user.click(name);
    await user.paste('x'.repeat(MAX_SHORT_LENGTH + 50));
    expect(name).toHaveValue('x'.repeat(MAX_SHORT_LENGTH));
    await user.click(screen.getByRole('button', { name: 'Save current state' }));
    const table = await screen.findByRole('table', { name: 'Saved snapshots, newest first' });
    expect(await within(table).findByText('24 lines, 18 started = 75%, 2 completed')).toBeInTheDocument();
    expect((await db.snapshots.toArray()).map((snapshot) => snapshot.name.length)).toEqual([MAX_SHORT_LENGTH]);

    await user.click(within(table).getByRole('button', { name: `Rename ${isolate('x'.repeat(MAX_SHORT_LENGTH))}` }));
    const rename = within(table).getByRole('textbox', { name: /^New name for/ });
    await user.clear(rename);
    await user.paste('y'.repeat(MAX_SHORT_LENGTH + 50));
    expect(rename).toHaveValue('y'.repeat(MAX_SHORT_LENGTH));
    expect(screen.getByLabelText('Label for the file')).toHaveAttribute('maxlength', String(MAX_SHORT_LENGTH));
  });

  it('restores a saved snapshot through the same preview, backing up the current state first', async () => {
    const user = userEvent.setup();
    const { db } = renderApp('/snapshots');
    await user.type(await screen.findByLabelText('Snapshot name'), 'Council-25');
    await user.click(screen.getByRole('button', { name: 'Save current state' }));
    await screen.findByRole('rowheader', { name: 'Council-25' });
    await moveActionLine(db, 'M2', 'Completed', 0);
    await user.click(screen.getByRole('button', { name: `Restore ${isolate('Council-25')}` }));
    const preview = await screen.findByRole('region', { name: 'Check before replacing the current state' });
    expect(within(preview).getAllByRole('listitem').find((item) => item.dataset.code === 'M2')).toHaveTextContent(
      'M2 Review Sector membership benefits and fees: Completed → Ongoing',
    );
    await user.click(within(preview).getByRole('button', { name: 'Replace the current state' }));
    await waitFor(async () => expect((await db.actionLines.get('M2'))?.status).toBe('Ongoing'));
    const stored = await db.snapshots.toArray();
    expect(stored.map((snapshot) => snapshot.isAutomaticBackup).sort()).toEqual([false, true]);
  });

  it('nudges when the last export is over 30 days old, and can be dismissed', async () => {
    const user = userEvent.setup();
    const db = createTestDatabase();
    await recordExport(db, new Date(Date.now() - 45 * 24 * 60 * 60 * 1000).toISOString());
    renderApp('/board', db);
    const reminder = await screen.findByRole('complementary', { name: 'Backup reminder' });
    expect(reminder).toHaveTextContent('Your last export or saved snapshot was 45 days ago');
    await user.click(within(reminder).getByRole('button', { name: 'Not now' }));
    expect(screen.queryByRole('complementary', { name: 'Backup reminder' })).not.toBeInTheDocument();
  });

  it('stays quiet when the last export is recent', async () => {
    const db = createTestDatabase();
    await recordExport(db, new Date().toISOString());
    renderApp('/snapshots', db);
    expect(await screen.findByText(/^Last export: (?!none)/)).toBeInTheDocument();
    expect(screen.queryByRole('complementary', { name: 'Backup reminder' })).not.toBeInTheDocument();
  });

  it('says how many history entries an export had to leave out, against the limit', async () => {
    const user = userEvent.setup();
    const { db } = renderApp('/snapshots');
    // Only a tracker beyond twice the largest realistic one gets here (a file over 144 MiB).
    vi.spyOn(snapshotTasksFor(db), 'exportFile').mockResolvedValue({ fileName: 'action-lines-2026-01-15-busy.json', file: new Blob(['{}']), omittedHistory: 12_345 });
    // jsdom has no object URLs; the download needs one.
    const url = Object.getOwnPropertyDescriptors(URL);
    Object.assign(URL, { createObjectURL: () => 'blob:export', revokeObjectURL: () => undefined });
    try {
      expect(await screen.findByText(/A \.json file exported from this app, at most 144 MB\./)).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Export snapshot' }));
      const toast = await screen.findByText(/oldest history entries were left out/);
      expect(toast).toHaveTextContent('(at most 144 MB), its oldest history entries were left out: 12,345 of them');
      expect(toast).toHaveTextContent('The tracker in this browser keeps them all.');
    } finally {
      Object.defineProperties(URL, { createObjectURL: url.createObjectURL ?? {}, revokeObjectURL: url.revokeObjectURL ?? {} });
    }
  });
});
