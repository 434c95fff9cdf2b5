import { useId } from 'react';
import { IsolatedMessage, useTranslation } from '../../i18n';
import { ExportForm } from './ExportForm';
import { ImportField } from './ImportField';
import { ImportPreview } from './ImportPreview';
import { ImportRefusal } from './ImportRefusal';
import type { useImportFlow } from './useImportFlow';

export function ExportImportSection({ flow }: { flow: ReturnType<typeof useImportFlow> }) {
  const { t } = useTranslation();
  const headingId = useId();
  const { state } = flow;
  return (
    <section className="snapshots__section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('snapshots.export.heading')}</h2>
      <div className="snapshots__columns">
        <ExportForm />
        <ImportField onFile={(file) => void flow.checkFile(file)} disabled={flow.isReplacing} />
      </div>
      {state.step === 'checking' && <p role="status"><IsolatedMessage render={(values) => t('snapshots.import.checking', values)} values={{ fileName: state.sourceName }} /></p>}
      {state.step === 'refused' && <ImportRefusal sourceName={state.sourceName} issues={state.issues} />}
      {state.step === 'preview' && (
        <ImportPreview
          sourceName={state.sourceName}
          upgradedFrom={state.upgradedFrom}
          summary={state.summary}
          isSaving={flow.isReplacing}
          onConfirm={() => flow.confirm(state.token, state.sourceName)}
          onCancel={flow.cancel}
        />
      )}
    </section>
  );
}
