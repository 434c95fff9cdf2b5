import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { describeOpenError, type OpenErrorKind, type TrackerDatabase } from '../db';
import { useUiStore } from '../state/uiStore';

type GateState = { phase: 'opening' } | { phase: 'open' } | { phase: 'failed'; kind: OpenErrorKind; message: string };

/**
 * Opens the database before anything reads it, so a browser without IndexedDB, or a failed
 * upgrade, gets a clear page instead of a blank one. When another tab opens a newer schema, this
 * tab closes its connection for good and asks to reload: it never writes with old code.
 */
export function DatabaseGate({ db, children }: { db: TrackerDatabase; children: ReactNode }) {
  const { t } = useTranslation();
  const [state, setState] = useState<GateState>({ phase: 'opening' });
  const setStorageProblem = useUiStore((s) => s.setStorageProblem);

  useEffect(() => {
    let isCurrent = true;
    const onVersionChange = () => {
      db.close({ disableAutoOpen: true });
      setStorageProblem('newer-version');
      return false;
    };
    db.on('versionchange', onVersionChange);
    const opening = typeof indexedDB === 'undefined' ? Promise.reject(new Error('IndexedDB is missing')) : db.open();
    opening.then(
      () => isCurrent && setState({ phase: 'open' }),
      (error: unknown) =>
        isCurrent &&
        setState({
          phase: 'failed',
          kind: describeOpenError(error),
          message: error instanceof Error ? error.message : String(error),
        }),
    );
    return () => {
      isCurrent = false;
      db.on('versionchange').unsubscribe(onVersionChange);
    };
  }, [db, setStorageProblem]);

  if (state.phase === 'opening') return <p className="page__status">{t('app.loading')}</p>;
  if (state.phase === 'failed') {
    return (
      <main className="fatal" aria-labelledby="fatal-title">
        <h1 id="fatal-title">{t(`storage.open.${state.kind}.title`)}</h1>
        <p>{t(`storage.open.${state.kind}.body`)}</p>
        <p className="fatal__detail">{t('storage.open.detail', { message: state.message })}</p>
      </main>
    );
  }
  return children;
}
