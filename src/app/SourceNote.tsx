import { useSettings } from '../data';
import { formatDate, IsolatedMessage, useTranslation } from '../i18n';
import { useInferredStatusNote } from '../features/priorities';
import { SOURCE_NOTE_ID } from '../ui/sourceNote';

/** Says where the seed data came from, as the seed statuses are a reconstruction. */
export function SourceNote() {
  const { t, i18n } = useTranslation();
  const { data: settings } = useSettings();
  const inferredNote = useInferredStatusNote();
  const source = settings?.strategy?.source;
  if (!source) return null;
  return (
    <details id={SOURCE_NOTE_ID} className="source-note">
      <summary>
        <span className="source-note__label">{t('source.label')}:</span> {t('source.seededFrom')}
        {inferredNote && <span className="source-note__inferred"> {inferredNote}.</span>}
      </summary>
      <p>
        <IsolatedMessage render={(values) => t('source.details', values)} values={{ document: source.document, note: source.note }} />
      </p>
      {settings.seededAt && <p>{t('source.seededAt', { date: formatDate(settings.seededAt, i18n.language) })}</p>}
    </details>
  );
}
