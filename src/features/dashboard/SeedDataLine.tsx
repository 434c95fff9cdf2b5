import { IsolatedMessage, useTranslation } from '../../i18n';
import { useInferredStatusNote } from '../priorities';
import { SOURCE_NOTE_ID, revealSourceNote } from '../../ui/sourceNote';

/** Where the seed data come from, in one line near the top, with a link to the full note at the page's end. */
export function SeedDataLine({ document }: { document: string }) {
  const { t } = useTranslation();
  const inferredNote = useInferredStatusNote();
  return (
    <p className="dashboard__seed">
      <IsolatedMessage render={(values) => t('dashboard.seed.line', values)} values={{ document }} />
      {inferredNote && ` ${inferredNote}.`}{' '}
      <a href={`#${SOURCE_NOTE_ID}`} onClick={revealSourceNote}>
        {t('dashboard.seed.more')}
      </a>
    </p>
  );
}
