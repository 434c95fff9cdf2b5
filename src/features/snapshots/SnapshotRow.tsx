import { useState } from 'react';
import { useDeleteSnapshot, useSnapshotReads, type SnapshotEntry } from '../../data';
import { IsolatedMessage, formatDateTime, isolate, useTranslation } from '../../i18n';
import { useUiStore } from '../../state/uiStore';
import { downloadFile } from '../../ui/downloadFile';
import { RenameSnapshotForm } from './RenameSnapshotForm';
import { useFiguresText } from './useFiguresText';
import { useListFailureMessage, useSnapshotErrorToast } from './useSnapshotErrorToast';

type RowMode = 'view' | 'rename' | 'confirmDelete';

export function SnapshotRow({ entry, onRestore }: { entry: SnapshotEntry; onRestore: (entry: SnapshotEntry) => void }) {
  const { t, i18n } = useTranslation();
  const figuresText = useFiguresText();
  const showToast = useUiStore((state) => state.showToast);
  const failureMessage = useListFailureMessage();
  const deleteSnapshot = useDeleteSnapshot({
    errorMessage: (_input, reason) => failureMessage(reason),
    onSaved: (deleted) => showToast({ kind: 'info', message: t('snapshots.list.deleted', { name: isolate(deleted.name) }) }),
  });
  const reads = useSnapshotReads();
  const showError = useSnapshotErrorToast();
  const [mode, setMode] = useState<RowMode>('view');
  const { name } = entry;
  // The name is text in the row, but an attribute in the buttons' names, isolated there.
  const named = { name: isolate(name) };
  const isReadable = entry.reportingDate !== null;
  const download = async () => {
    const stored = await reads.storedFile(entry.id);
    if (stored) downloadFile(stored.fileName, stored.file);
  };
  return (
    <tr data-snapshot-id={entry.id}>
      <th scope="row">
        {mode === 'rename' ? <RenameSnapshotForm entry={entry} onDone={() => setMode('view')} /> : name}
        {entry.isAutomaticBackup && <span className="snapshots__badge">{t('snapshots.list.automatic')}</span>}
      </th>
      <td>{formatDateTime(entry.createdAt, i18n.language)}</td>
      <td>{entry.figures ? figuresText(entry.figures) : t('snapshots.list.unreadable')}</td>
      <td>
        {mode === 'confirmDelete' ? (
          <div className="snapshots__actions" role="group" aria-label={t('snapshots.list.confirmDelete', named)}>
            <span>
              <IsolatedMessage render={(values) => t('snapshots.list.confirmDelete', values)} values={{ name }} />
            </span>
            <button type="button" className="snapshots__button snapshots__button--danger" onClick={() => deleteSnapshot.mutate({ id: entry.id, name })}>
              {t('snapshots.list.confirmDeleteButton')}
            </button>
            <button type="button" className="snapshots__button" onClick={() => setMode('view')}>
              {t('snapshots.list.cancel')}
            </button>
          </div>
        ) : (
          <div className="snapshots__actions">
            <button type="button" className="snapshots__button" disabled={!isReadable} aria-label={t('snapshots.list.downloadName', named)} onClick={() => void download().catch(showError)}>
              {t('snapshots.list.download')}
            </button>
            <button type="button" className="snapshots__button" disabled={!isReadable} aria-label={t('snapshots.list.restoreName', named)} onClick={() => onRestore(entry)}>
              {t('snapshots.list.restore')}
            </button>
            <button type="button" className="snapshots__button" aria-label={t('snapshots.list.renameName', named)} onClick={() => setMode('rename')}>
              {t('snapshots.list.rename')}
            </button>
            <button type="button" className="snapshots__button" aria-label={t('snapshots.list.deleteName', named)} onClick={() => setMode('confirmDelete')}>
              {t('snapshots.list.delete')}
            </button>
          </div>
        )}
      </td>
    </tr>
  );
}
