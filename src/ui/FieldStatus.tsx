import { useTranslation } from '../i18n';
import type { FieldPhase } from './useFieldDraft';

interface FieldStatusProps {
  id: string;
  phase: FieldPhase;
  /** The value stored now, shown when it changed while the user was editing. */
  storedValue: string;
  pasteCutTo: number | null;
  onKeepDraft: () => void;
  onTakeStored: () => void;
}

/** What a field says beside it: why its text is not saved, a cut paste, or a conflict to settle. */
export function FieldStatus({ id, phase, storedValue, pasteCutTo, onKeepDraft, onTakeStored }: FieldStatusProps) {
  const { t } = useTranslation();
  return (
    <>
      {pasteCutTo !== null && (
        <p id={`${id}-paste`} className="field__help" role="status">
          {t('field.pasteCut', { max: pasteCutTo })}
        </p>
      )}
      {phase.kind === 'invalid' && (
        <p id={`${id}-error`} className="field__error">
          {phase.message}
        </p>
      )}
      {phase.kind === 'unsaved' && (
        <p id={`${id}-error`} className="field__error" role="alert">
          {t('field.unsaved', { reason: phase.reason })}
        </p>
      )}
      {phase.kind === 'conflict' && (
        <div id={`${id}-error`} className="field__conflict" role="alert">
          <p className="field__error">{t('field.changedElsewhere')}</p>
          <p className="field__stored">
            {storedValue === '' ? t('field.storedEmpty') : <bdi>{storedValue}</bdi>}
          </p>
          <div className="field__conflict-actions">
            <button type="button" className="button button--secondary" onClick={onKeepDraft}>
              {t('field.keepMine')}
            </button>
            <button type="button" className="button button--secondary" onClick={onTakeStored}>
              {t('field.takeStored')}
            </button>
          </div>
        </div>
      )}
    </>
  );
}
