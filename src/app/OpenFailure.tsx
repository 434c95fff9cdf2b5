import { useTranslation } from '../i18n';
import { forgetTrackerHeld, type OpenErrorKind } from '../db';

interface OpenFailureProps {
  databaseName: string;
  kind: OpenErrorKind;
  message: string;
}

/** The page shown instead of the app when its database cannot be opened, with what to do. */
export function OpenFailure({ databaseName, kind, message }: OpenFailureProps) {
  const { t } = useTranslation();
  const startAgain = () => {
    forgetTrackerHeld(databaseName);
    window.location.reload();
  };
  return (
    <main className="fatal" aria-labelledby="fatal-title">
      <h1 id="fatal-title">{t(`storage.open.${kind}.title`)}</h1>
      <p>{t(`storage.open.${kind}.body`)}</p>
      {kind === 'vanished' && (
        <button type="button" className="button" onClick={startAgain}>
          {t('storage.open.vanished.startAgain')}
        </button>
      )}
      <p className="fatal__detail">{t('storage.open.detail', { message })}</p>
    </main>
  );
}
