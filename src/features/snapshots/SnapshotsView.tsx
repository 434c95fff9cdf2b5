import { useTranslation } from 'react-i18next';
import { BackupStatus } from './BackupStatus';
import { ComparePanel } from './ComparePanel';
import { ExportImportSection } from './ExportImportSection';
import { SnapshotList } from './SnapshotList';
import { useFileDrop } from './useFileDrop';
import { useImportFlow } from './useImportFlow';
import './snapshots.css';

export function SnapshotsView() {
  const { t } = useTranslation();
  const flow = useImportFlow();
  const { ref: dropZoneRef, isDragging } = useFileDrop<HTMLElement>((file) => void flow.checkFile(file));
  return (
    <section ref={dropZoneRef} className={`page snapshots${isDragging ? ' snapshots--dragging' : ''}`} aria-labelledby="snapshots-title">
      <header className="page__header">
        <h1 id="snapshots-title" className="page__title">
          {t('snapshots.title')}
        </h1>
        <p className="page__intro">{t('snapshots.intro')}</p>
        <BackupStatus />
      </header>
      {isDragging && (
        <p className="snapshots__drop-hint" aria-hidden="true">
          {t('snapshots.dropActive')}
        </p>
      )}
      <ExportImportSection flow={flow} />
      <SnapshotList onRestore={(entry) => void flow.checkStored(entry.name, entry.content)} />
      <ComparePanel />
    </section>
  );
}
