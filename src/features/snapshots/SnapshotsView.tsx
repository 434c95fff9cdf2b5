import { useTranslation } from '../../i18n';
import { BackupStatus } from './BackupStatus';
import { ComparePanel } from './ComparePanel';
import { ExportImportSection } from './ExportImportSection';
import { SnapshotList } from './SnapshotList';
import { useFileDrop } from './useFileDrop';
import { useImportFlow } from './useImportFlow';
import './snapshots.css';
import { PageHeader } from '../../ui/PageHeader';

export function SnapshotsView() {
  const { t } = useTranslation();
  const flow = useImportFlow();
  const { ref: dropZoneRef, isDragging } = useFileDrop<HTMLElement>((file) => void flow.checkFile(file));
  return (
    <section ref={dropZoneRef} className={`page snapshots${isDragging ? ' snapshots--dragging' : ''}`} aria-labelledby="snapshots-title">
      <PageHeader titleId="snapshots-title" title={t('snapshots.title')} intro={t('snapshots.intro')}>
        <BackupStatus />
      </PageHeader>
      {isDragging && (
        <p className="snapshots__drop-hint" aria-hidden="true">
          {t('snapshots.dropActive')}
        </p>
      )}
      <ExportImportSection flow={flow} />
      <SnapshotList onRestore={(entry) => void flow.checkStored(entry.id, entry.name)} />
      <ComparePanel />
    </section>
  );
}
