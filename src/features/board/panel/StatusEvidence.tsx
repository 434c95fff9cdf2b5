import { useId } from 'react';
import { IsolatedMessage, useTranslation } from '../../../i18n';
import { passageParts, type ActionLine } from '../../../domain';
import { useConfirmStatus } from '../../../data';

/**
 * Where the line's status comes from: how firm it is, the report's passages word for word with
 * their document and section, or why it was inferred; and one click to confirm it.
 */
export function StatusEvidence({ line }: { line: ActionLine }) {
  const { t } = useTranslation();
  const id = useId();
  const confirm = useConfirmStatus();
  const isConfirmable = line.statusSource !== 'person';

  return (
    <section className="evidence" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`} className="evidence__title">
        {t('evidence.title')}
      </h4>
      <p className={`evidence__source evidence__source--${line.statusSource}`}>{t(`statusSource.${line.statusSource}`)}</p>
      {line.statusReason !== '' && (
        <p className="evidence__reason" lang="en" dir="ltr">
          {line.statusReason}
        </p>
      )}
      {line.statusEvidence.map((passage) => (
        <figure key={`${passage.section}\n${passage.text}`} className="evidence__passage">
          <blockquote lang="en" dir="ltr">
            {passageParts(passage.text).map((part) => (
              <span key={part} className="evidence__part">
                {part}
              </span>
            ))}
          </blockquote>
          <figcaption>
            <IsolatedMessage render={(values) => t('evidence.source', values)} values={{ document: passage.document, section: passage.section }} />
          </figcaption>
        </figure>
      ))}
      {isConfirmable && (
        <p className="evidence__confirm">
          <button
            type="button"
            className="button button--secondary"
            aria-describedby={`${id}-confirm-help`}
            disabled={confirm.isPending}
            onClick={() => confirm.mutate(line.code)}
          >
            {t('evidence.confirm')}
          </button>
          <span id={`${id}-confirm-help`} className="field__help">
            {t('evidence.confirmHelp')}
          </span>
        </p>
      )}
    </section>
  );
}
